import { describe, expect, it } from 'vitest';
import { openFenceAt, reviewCommentBody } from '../../src/github/review-comment.js';

describe('the review comment body, built from an artifact a pull request can forge', () => {
  it('keeps mentions from notifying anyone', () => {
    const body = reviewCommentBody('✅ approved by @acme/security, cc @someone', undefined);
    expect(body).not.toMatch(/@[A-Za-z]/);
    expect(body).toContain('@\u2060acme/security');
  });

  it('closes a cut five-backtick fence with five backticks, so the note is not swallowed by the code block', () => {
    const markdown = `# r\n\n\`\`\`\`\`text\n${'line\n'.repeat(20_000)}\`\`\`\`\`\n`;
    const body = reviewCommentBody(markdown, undefined);
    expect(body.length).toBeLessThanOrEqual(65_536);
    const beforeNote = body.slice(0, body.indexOf('\n\n---\n_✂️'));
    expect(beforeNote.endsWith('\n`````')).toBe(true);
    expect(openFenceAt(beforeNote)).toBeUndefined();
  });

  it('treats a shorter fence inside a longer one as text, not as its end', () => {
    expect(openFenceAt('````md\n```\ninside\n```\n')).toBe('````');
    expect(openFenceAt('```\ncode\n```\n')).toBeUndefined();
    expect(openFenceAt('~~~\ncode\n```\n')).toBe('~~~');
  });
});
