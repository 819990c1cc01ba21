/** Keyboard rules of the navbar combobox. */
import {describe, expect, it} from 'vitest';
import {isSearchShortcut, moveActive, type KeyLike} from '../../src/search/client-keys';

const key = (k: string, mods: Partial<KeyLike> = {}): KeyLike => ({key: k, ctrlKey: false, metaKey: false, altKey: false, ...mods});

describe('moveActive', () => {
  it('walks down from "none" to the first option and wraps at the end', () => {
    expect([-1, 0, 1, 2].map((a) => moveActive(a, 3, 'ArrowDown'))).toEqual([0, 1, 2, 0]);
  });

  it('walks up from "none" to the last option and wraps at the start', () => {
    expect([-1, 2, 1, 0].map((a) => moveActive(a, 3, 'ArrowUp'))).toEqual([2, 1, 0, 2]);
  });

  it('has nothing to choose from an empty list, and recovers from a stale index', () => {
    expect(moveActive(0, 0, 'ArrowDown')).toBe(-1);
    expect(moveActive(5, 3, 'ArrowDown')).toBe(0);
    expect(moveActive(5, 3, 'ArrowUp')).toBe(2);
  });
});

describe('isSearchShortcut', () => {
  it('takes Ctrl+K and ⌘K anywhere, also while typing elsewhere', () => {
    expect(isSearchShortcut(key('k', {ctrlKey: true}), false)).toBe(true);
    expect(isSearchShortcut(key('K', {ctrlKey: true}), true)).toBe(true);
    expect(isSearchShortcut(key('k', {metaKey: true}), false)).toBe(true);
    expect(isSearchShortcut(key('k', {ctrlKey: true, altKey: true}), false)).toBe(false);
    expect(isSearchShortcut(key('k'), false)).toBe(false);
  });

  it('takes "/" only when the reader is not typing in a field, and without modifiers', () => {
    expect(isSearchShortcut(key('/'), false)).toBe(true);
    expect(isSearchShortcut(key('/'), true)).toBe(false);
    expect(isSearchShortcut(key('/', {ctrlKey: true}), false)).toBe(false);
    expect(isSearchShortcut(key('7'), false)).toBe(false);
  });
});
