import { parse } from 'discord-markdown-parser';
const s = "**Header 3 stories**\n> „Wir \\*sprechen\\*“ — **Kreml**\n\\<script\\>alert(1)\\</script\\> @\u200beveryone <@\u200b123> [x](https://e.com) #tag __u__ ~~s~~ `c` <b>raw</b>";
console.log(JSON.stringify(parse(s, 'extended'), null, 1).slice(0, 3000));
