import assert from 'node:assert/strict';
import { loadResultTemplate, renderResultPage } from '../../../src/engine/oauth/resultPage';

describe('renderResultPage', () => {
  it('escapes every interpolated value', () => {
    const html = renderResultPage({
      outcome: 'failure',
      title: '<script>alert(1)</script>',
      detail: '"quoted" & \'single\'',
      provider: '<img src=x onerror=alert(1)>',
    });

    assert.equal(html.includes('<script>alert'), false);
    assert.equal(html.includes('<img'), false);
    assert.ok(html.includes('&#60;script&#62;'));
    assert.ok(html.includes('&#34;quoted&#34; &#38; &#39;single&#39;'));
  });

  it('uses the media page, which loads nothing external', () => {
    const template = loadResultTemplate();

    assert.match(template, /Content-Security-Policy/);
    assert.equal(/(src|href)=["']?https?:/i.test(template), false);
  });
});
