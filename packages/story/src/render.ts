/** The story as a job summary: a heading, one row per part of the run, the links and every job. */
import { cell, heading, table } from '../../kit/src/index.js';
import type { Story } from './story.js';

const RESULT_ICONS: Record<string, string> = { success: '✅', failure: '❌', cancelled: '⛔', skipped: '⏭️' };

export function renderStory(story: Story): string {
  const parts = [
    heading(story.title, 2),
    table(
      ['part of the run', 'what happened'],
      story.lines.map((line) => [`${line.icon} ${line.label}`, line.text]),
    ),
  ];
  if (story.links.length > 0) {
    parts.push(
      '\n' + story.links.map((link) => `- ${cell(link.label)}: ${markdownLink(link.url)}`).join('\n') + '\n',
    );
  }
  parts.push(
    '\n' +
      table(
        ['job', 'result'],
        story.jobs.map((job) => [job.id, `${RESULT_ICONS[job.result] ?? ''} ${job.result}`]),
      ),
  );
  return parts.join('');
}

/** The story in a few plain lines for the log, where a summary is not shown. */
export function storyLog(story: Story): string[] {
  return [story.title, ...story.lines.map((line) => `${line.label}: ${line.text}`)];
}

/** A URL as a link whose text is the URL itself; characters that would end the link are encoded. */
function markdownLink(url: string): string {
  const safe = url.replace(/[()<>\s[\]]/g, (char) => encodeURIComponent(char));
  return `[${cell(url).replace(/[[\]]/g, '\\$&')}](${safe})`;
}
