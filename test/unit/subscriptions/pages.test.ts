import { describe, expect, it } from 'vitest';
import { buildSubscriberLinks } from '../../../functions/domain/subscriptions/links.js';
import { renderConfirmationEmail, renderManageLinksEmail } from '../../../functions/web/emails.js';
import { escapeHtml, html } from '../../../functions/web/html.js';
import { CONTENT_SECURITY_POLICY } from '../../../functions/web/layout.js';
import { checkEmailPage } from '../../../functions/web/account-pages.js';
import { subscribePage } from '../../../functions/web/pages.js';
import { EMPTY_FORM, formValuesFrom } from '../../../functions/web/preference-fields.js';
import { REGIONS } from '../../../functions/taxonomy/regions.js';
import { englishMessages as english } from '../../../functions/i18n/messages.js';

const HOSTILE = '"><script>alert(1)</script>';

describe('escaping', () => {
  it('escapes every interpolated value and keeps nested markup', () => {
    expect(escapeHtml(`<a href="x" onclick='y'>&`)).toBe('&lt;a href=&quot;x&quot; onclick=&#39;y&#39;&gt;&amp;');
    const item = html`<li>${HOSTILE}</li>`;
    expect(html`<ul>${[item, item]}</ul>`.markup).toBe(`<ul>${'<li>&quot;&gt;&lt;script&gt;alert(1)&lt;/script&gt;</li>'.repeat(2)}</ul>`);
    expect(html`${false}${null}${undefined}${0}`.markup).toBe('0');
  });
});

describe('the sign-up page', () => {
  it('shows what was typed back, escaped, with each error tied to its field', () => {
    const values = formValuesFrom({ email: HOSTILE, regions: ['hk', HOSTILE], timeZone: HOSTILE, frequency: 'weekly' });
    const page = subscribePage(values, english, { email: 'Enter an email address in the form name@example.com', regions: 'Choose at least one region' });

    expect(page).not.toContain('<script>alert(1)');
    expect(page).toContain('value="&quot;&gt;&lt;script&gt;alert(1)&lt;/script&gt;"');
    expect(page).toMatch(/<input type="email" id="email"[^>]*aria-describedby="email-hint email-error"[^>]*aria-invalid="true"/);
    expect(page).toContain('<p class="error" id="email-error">');
    expect(page).toMatch(/<fieldset id="regions" aria-describedby="regions-hint regions-error"/);
    expect(page).toMatch(/<input type="checkbox" id="region-hk" name="regions" value="hk" checked/);
    expect(page).toContain('<title>Error: Subscribe – Newsdesk</title>');
    expect(page).toContain('<a href="#email">Enter an email address in the form name@example.com</a>');
  });

  it('offers every region of the taxonomy once, grouped under legends, with a label each', () => {
    const page = subscribePage(EMPTY_FORM, english);
    for (const region of REGIONS) {
      expect(page.match(new RegExp(`id="region-${region.id}"`, 'g'))).toHaveLength(1);
      expect(page).toContain(`<label for="region-${region.id}">`);
    }
    expect(page).toContain('<legend>Whole regions</legend>');
    expect(page).toContain('<meta name="viewport"');
    expect(page).toContain('data-prefill');
  });

  it('runs only the script and style whose hashes the policy names', () => {
    expect(CONTENT_SECURITY_POLICY).toMatch(/script-src 'sha256-[A-Za-z0-9+/=]+'/);
    expect(CONTENT_SECURITY_POLICY).not.toContain('unsafe-inline');
    const page = subscribePage(EMPTY_FORM, english);
    expect(page.match(/<script>/g)).toHaveLength(1);
    expect(page).not.toMatch(/ style="/);
  });

  it('answers every sign-up with the same page for the same address', () => {
    expect(checkEmailPage('reader@example.com', english)).toBe(checkEmailPage('reader@example.com', english));
    expect(checkEmailPage(HOSTILE, english)).not.toContain('<script>alert');
  });
});

describe('sign-up emails', () => {
  it('carry the confirmation link and its expiry, in HTML and text', () => {
    const email = renderConfirmationEmail('https://n.example/confirm?token=abc&x=1', new Date('2026-03-05T09:00:00Z'), { messages: english });
    expect(email.subject).toBe('Confirm your Newsdesk subscription');
    expect(email.html).toContain('href="https://n.example/confirm?token=abc&amp;x=1"');
    expect(email.text).toContain('https://n.example/confirm?token=abc&x=1');
    expect(email.text).toContain('Thursday, March 5, 2026 at 9:00 AM (UTC)');
  });

  it('give an existing subscriber their preferences and unsubscribe links', () => {
    const links = buildSubscriberLinks('https://n.example', 'a'.repeat(32), 'key');
    const email = renderManageLinksEmail(links, { messages: english });
    expect(email.text).toContain(links.preferences);
    expect(email.text).toContain(links.unsubscribe);
    expect(email.html).not.toMatch(/<img/);
  });
});
