import type { Page } from 'playwright-core';
import { RESOURCES } from '../../src/web/locales/resources.ts';

type Tree = { readonly [key: string]: string | Tree };

function texts(tree: Tree): string[] {
  return Object.values(tree).flatMap((value) => (typeof value === 'string' ? [value] : texts(value)));
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * The texts of one language that the other never uses, as patterns over a whole line of text:
 * a placeholder (`{{count}}`) matches anything. Words both languages share ("CEO", "Media") are
 * left out: seeing them proves nothing.
 */
function onlyIn(language: 'en' | 'nl'): RegExp[] {
  const other = new Set(texts(RESOURCES[language === 'en' ? 'nl' : 'en']));
  return [...new Set(texts(RESOURCES[language]))]
    .filter((text) => !other.has(text) && text.replace(/\{\{[^}]+\}\}/g, '').trim().length >= 3)
    .map((text) => new RegExp(`^${escapeRegExp(text).replace(/\\\{\\\{[^}]+\\\}\\\}/g, '.+')}$`, 's'));
}

const ONLY_IN = { en: onlyIn('en'), nl: onlyIn('nl') };

/** Every piece of text a person can see on the page now (text nodes of visible elements, trimmed), and the labels read aloud. */
export async function visibleTexts(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const found: string[] = [];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const text = node.textContent?.replace(/\s+/g, ' ').trim();
      const parent = node.parentElement;
      if (!text || !parent || parent.closest('script, style')) continue;
      if (parent.checkVisibility({ visibilityProperty: true, opacityProperty: false }) || parent.closest('.tl-visually-hidden')) found.push(text);
    }
    for (const element of document.querySelectorAll('[aria-label], [placeholder], [title]')) {
      for (const attribute of ['aria-label', 'placeholder', 'title']) {
        const value = element.getAttribute(attribute)?.trim();
        if (value) found.push(value);
      }
    }
    return found;
  });
}

/**
 * The texts on the page that belong to the other language: after switching to English, any Dutch
 * left over (a label that did not follow, a notice in the old language), and the other way round.
 * `data` are texts the users wrote (a stakeholder called "Raad van bestuur" stays so in English).
 */
export async function textsInOtherLanguage(page: Page, shown: 'en' | 'nl', data: ReadonlySet<string> = new Set()): Promise<string[]> {
  const foreign = ONLY_IN[shown === 'en' ? 'nl' : 'en'];
  const own = ONLY_IN[shown];
  return (await visibleTexts(page)).filter((text) => !data.has(text) && foreign.some((p) => p.test(text)) && !own.some((p) => p.test(text)));
}
