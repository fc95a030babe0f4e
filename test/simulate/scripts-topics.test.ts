import { describe, expect, it } from 'vitest';
import { EN_SCRIPTS, SCRIPTS } from '../../src/simulate/simulate.js';
import { mainTopic, topicScores } from '../../src/trace/topics.js';

// A simulated campaign reads SCRIPTS[i] to Chinese names and EN_SCRIPTS[i] to Latin ones. The two
// lists were in different orders (a car-insurance pitch in Chinese was an apartment pitch in
// English), so once English pitches had topics, a campaign of both languages tied between two
// and was shown as `other` (trace-the-chain's "an insurance caller" became "a caller"). Each
// campaign's two scripts are one pitch, of one topic.
describe("the simulator's scripts in both languages", () => {
  it('are the same pitch index by index: one topic, and a topic for every pitch of one', () => {
    expect(EN_SCRIPTS).toHaveLength(SCRIPTS.length);
    const topics = SCRIPTS.map((zh, i) => [
      mainTopic(topicScores([zh('张小伟')])),
      mainTopic(topicScores([EN_SCRIPTS[i]!('Tom R. Brown')])),
    ]);
    for (const [i, [zh, en]] of topics.entries()) expect({ i, en }).toEqual({ i, en: zh });
    expect(topics.filter(([zh]) => zh !== 'other').length).toBeGreaterThanOrEqual(SCRIPTS.length - 1);
  });
});
