/**
 * Local stand-ins for the places announcements go, for tests and benchmarks:
 * real servers on 127.0.0.1 that check what they receive and can misbehave on cue.
 *
 *   const slack = await startSlackReceiver();      // slack.webhookUrl, slack.apiUrl, slack.token
 *   slack.enqueue({ status: 429, headers: { 'retry-after': '1' } });
 *   … run the action …
 *   expect(slack.messages()).toHaveLength(1);
 *   await slack.close();                             // rejects if any payload broke Slack's rules
 */
export * from './http-receiver.js';
export * from './slack.js';
export * from './teams.js';
export * from './discord.js';
export * from './webhook.js';
export * from './smtp.js';
