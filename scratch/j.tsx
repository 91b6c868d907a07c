/** @jsxImportSource hono/jsx */
const Hello = (props: { name: string }) => <p class="x">Hi {props.name}</p>;
console.log(String(<Hello name="<script>alert(1)</script>" />));
