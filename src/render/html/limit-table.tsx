import type { MessageLimits } from './limits.js';

/** The limits a message is measured against, as a small table, with any violation spelled out. */
export function LimitTable(props: { limits: MessageLimits; caption: string }) {
  return (
    <div class="limits">
      <table>
        <caption>{props.caption}</caption>
        <thead>
          <tr>
            <th scope="col">Limit</th>
            <th scope="col">Used</th>
            <th scope="col">Max</th>
          </tr>
        </thead>
        <tbody>
          {props.limits.uses.map((use) => (
            <tr class={use.used > use.max ? 'over' : undefined}>
              <th scope="row">{use.label}</th>
              <td>{use.used.toLocaleString('en')}</td>
              <td>{use.max.toLocaleString('en')}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {props.limits.violations.length > 0 ? (
        <ul class="violations" role="alert">
          {props.limits.violations.map((v) => (
            <li>{v}</li>
          ))}
        </ul>
      ) : (
        <p class="within">Within every limit.</p>
      )}
    </div>
  );
}
