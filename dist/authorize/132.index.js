export const id = 132;
export const ids = [132];
export const modules = {

/***/ 9132:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  inputSpec: () => (/* reexport */ inputs/* spec */.I),
  run: () => (/* binding */ run)
});

// EXTERNAL MODULE: ./packages/kit/src/context.ts
var src_context = __webpack_require__(3731);
// EXTERNAL MODULE: ./packages/kit/src/github.ts + 2 modules
var github = __webpack_require__(9296);
// EXTERNAL MODULE: ./packages/kit/src/runner.ts + 4 modules
var runner = __webpack_require__(8372);
;// CONCATENATED MODULE: ./packages/kit/src/markdown.ts
/** Small builders for job summaries: tables people want to read. */
/** Escapes what would break a table cell: pipes, new lines and HTML. */
function cell(value) {
    if (value === undefined || value === null || value === '')
        return '—';
    return String(value)
        .replace(/&/g, '&amp;')
        .replace(/</g, '&lt;')
        .replace(/>/g, '&gt;')
        .replace(/\|/g, '\\|')
        .replace(/\r?\n/g, '<br>');
}
function table(headers, rows) {
    const head = `| ${headers.map(cell).join(' | ')} |`;
    const rule = `| ${headers.map(() => '---').join(' | ')} |`;
    const body = rows.map((row) => `| ${row.map(cell).join(' | ')} |`);
    return [head, rule, ...body].join('\n') + '\n';
}
function heading(text, level = 2) {
    return `${'#'.repeat(level)} ${text}\n\n`;
}
function code(text) {
    return '`' + text.replace(/`/g, 'ˋ') + '`';
}
function details(summary, body) {
    return `<details><summary>${cell(summary)}</summary>\n\n${body}\n\n</details>\n`;
}
const icon = (ok) => (ok === undefined ? '⏭️' : ok ? '✅' : '❌');
function bytes(size) {
    if (size < 1024)
        return `${size} B`;
    const units = ['KiB', 'MiB', 'GiB', 'TiB'];
    let value = size;
    let unit = -1;
    while (value >= 1024 && unit < units.length - 1) {
        value /= 1024;
        unit += 1;
    }
    return `${value.toFixed(1)} ${units[unit]}`;
}

// EXTERNAL MODULE: ./packages/access/src/permission.ts
var permission = __webpack_require__(7121);
// EXTERNAL MODULE: ./actions/authorize/inputs.ts + 9 modules
var inputs = __webpack_require__(4301);
;// CONCATENATED MODULE: ./actions/authorize/run.ts


/** The inputs this action reads, for tooling and tests that check every input (secrets are masked). */

async function run(inputs) {
    const context = (0,src_context/* runContext */.p)();
    const { owner, repo } = (0,src_context/* requireRepository */.C)(context);
    const client = await (0,github/* createGitHubClient */.L)({ token: inputs.token });
    const role = await (0,permission/* fetchRole */.rM)(client, owner, repo, inputs.actor);
    const decision = (0,permission/* decide */.LD)(inputs.actor, role, inputs.permission);
    (0,runner/* setOutputs */.n0)({ role, allowed: String(decision.allowed) });
    await (0,runner/* writeSummary */.Sy)(heading(`Authorization: ${decision.allowed ? '✅ allowed' : '❌ refused'}`, 3) +
        table(['user', 'role', 'needed for', 'needs'], [[`@${inputs.actor}`, role, inputs.operation, code(`${inputs.permission}+`)]]));
    if (!decision.allowed)
        throw (0,permission/* refusal */.x5)(decision, context.repository, inputs.operation);
    (0,runner/* info */.pq)(`@${inputs.actor} has the ${role} role on ${context.repository}: allowed to ${inputs.operation}.`);
}


/***/ })

};
