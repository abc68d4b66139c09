import { describe, expect, it } from '@jest/globals';
import {
  composeMessage,
  renderTemplate,
  templateProblem,
  templateVariables,
  type Announcement,
} from '../../../packages/notify/src/index.js';

const release: Announcement = {
  kind: 'release',
  repository: 'acme/app',
  version: '1.4.0',
  tag: 'v1.4.0',
  releaseUrl: 'https://github.com/acme/app/releases/tag/v1.4.0',
  runUrl: 'https://github.com/acme/app/actions/runs/1',
  notes: '## Features\n- search',
  previousVersion: '1.3.0',
};

describe('templates', () => {
  it('lists the placeholders, spaces allowed', () => {
    expect(templateVariables('{{version}} on {{ environment }} {{version}}')).toEqual([
      'version',
      'environment',
    ]);
  });

  it('names unknown variables and the known ones', () => {
    expect(templateProblem('{{version}} {{versoin}} {{ env }}')).toMatch(
      /\(unknown: \{\{versoin\}\}, \{\{env\}\}\)$/,
    );
    expect(templateProblem('{{previous-version}} → {{version}}')).toBeUndefined();
  });

  it('inserts values as data, in one pass: a value that looks like a placeholder stays as written', () => {
    expect(
      renderTemplate('{{reason}} / {{version}}', {
        reason: 'broke {{version}} "badly"\nline 2',
        version: '1.4.0',
      }),
    ).toBe('broke {{version}} "badly"\nline 2 / 1.4.0');
  });

  it('leaves an unset variable empty', () => {
    expect(renderTemplate('[{{environment}}]', {})).toBe('[]');
  });
});

describe('composeMessage', () => {
  it('makes a release message from the notes, with links and facts', () => {
    const message = composeMessage(release);
    expect(message).toMatchObject({
      kind: 'release',
      event: 'release.published',
      title: '🚀 acme/app v1.4.0 released',
      text: '## Features\n- search',
      url: 'https://github.com/acme/app/releases/tag/v1.4.0',
    });
    expect(message.links.map((link) => link.title)).toEqual(['Release notes', 'Workflow run']);
    expect(message.facts).toContainEqual({ name: 'Previous', value: '1.3.0' });
  });

  it('describes a rollback with where it is now and why', () => {
    const message = composeMessage({
      ...release,
      kind: 'rollback',
      environment: 'production',
      previousVersion: '1.3.2',
      reason: 'errors',
      releaseUrl: undefined,
    });
    expect(message.title).toBe('↩️ acme/app production rolled back from 1.4.0 to 1.3.2');
    expect(message.text).toBe('**production** is back on 1.3.2.\n\n**Reason:** errors');
    expect(message.facts).toContainEqual({ name: 'Now running', value: '1.3.2' });
    expect(message.event).toBe('deployment.rolled_back');
  });

  it('uses the template and title given, with the url variable falling back to the release page', () => {
    const message = composeMessage(release, { title: '{{tag}} is out', template: 'See {{url}} ({{kind}})' });
    expect(message.title).toBe('v1.4.0 is out');
    expect(message.text).toBe('See https://github.com/acme/app/releases/tag/v1.4.0 (release)');
  });

  it('a failure without a reason still says what failed', () => {
    const message = composeMessage({ ...release, kind: 'failure', releaseUrl: undefined });
    expect(message.title).toBe('❌ acme/app 1.4.0 release failed');
    expect(message.text).toBe('The release of 1.4.0 did not complete.');
    expect(message.url).toBe('https://github.com/acme/app/actions/runs/1');
  });
});
