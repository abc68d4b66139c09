export const id = 537;
export const ids = [537];
export const modules = {

/***/ 4537:
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
// EXTERNAL MODULE: ./packages/kit/src/runner.ts + 4 modules
var runner = __webpack_require__(8372);
// EXTERNAL MODULE: ./packages/story/src/story.ts + 1 modules
var src_story = __webpack_require__(1595);
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

;// CONCATENATED MODULE: ./packages/story/src/render.ts
/** The story as a job summary: a heading, one row per part of the run, the links and every job. */

const RESULT_ICONS = { success: '✅', failure: '❌', cancelled: '⛔', skipped: '⏭️' };
function renderStory(story) {
    const parts = [
        heading(story.title, 2),
        table(['part of the run', 'what happened'], story.lines.map((line) => [`${line.icon} ${line.label}`, line.text])),
    ];
    if (story.links.length > 0) {
        parts.push('\n' + story.links.map((link) => `- ${cell(link.label)}: ${markdownLink(link.url)}`).join('\n') + '\n');
    }
    parts.push('\n' +
        table(['job', 'result'], story.jobs.map((job) => [job.id, `${RESULT_ICONS[job.result] ?? ''} ${job.result}`])));
    return parts.join('');
}
/** The story in a few plain lines for the log, where a summary is not shown. */
function storyLog(story) {
    return [story.title, ...story.lines.map((line) => `${line.label}: ${line.text}`)];
}
/** A URL as a link whose text is the URL itself; characters that would end the link are encoded. */
function markdownLink(url) {
    const safe = url.replace(/[()<>\s[\]]/g, (char) => encodeURIComponent(char));
    return `[${cell(url).replace(/[[\]]/g, '\\$&')}](${safe})`;
}

// EXTERNAL MODULE: ./actions/run-summary/inputs.ts + 11 modules
var inputs = __webpack_require__(8363);
;// CONCATENATED MODULE: ./actions/run-summary/run.ts


/** The inputs this action reads, for tooling and tests that check every input. */

async function run(inputs) {
    const context = (0,src_context/* runContext */.p)();
    const story = (0,src_story/* tellStory */.F)({
        pipeline: inputs.pipeline,
        jobs: inputs.jobs,
        version: inputs.version || undefined,
        runUrl: context.runUrl || undefined,
        deploymentsUrl: context.repository ? `${context.serverUrl}/${context.repository}/deployments` : undefined,
    });
    for (const line of storyLog(story))
        (0,runner/* info */.pq)(line);
    (0,runner/* setOutputs */.n0)({ outcome: story.outcome, title: story.title });
    await (0,runner/* writeSummary */.Sy)(renderStory(story));
}


/***/ })

};
