import { hasHiddenCharacters, hiddenCharactersMessage } from './hidden-characters';

describe('hidden characters', () => {
  it('refuses in names every character that hides itself or turns text round', () => {
    for (const code of [0x202e, 0x202a, 0x202d, 0x200b, 0x200c, 0x200d, 0x200e, 0x200f, 0x2066, 0x2069, 0xfeff, 0x2060, 0x00ad]) {
      expect(hasHiddenCharacters(`Sam${String.fromCodePoint(code)}Jones`)).toBe(true);
    }
  });

  it('accepts names in Welsh, Polish, Romanian, Irish and Arabic script', () => {
    for (const name of ['Dafydd Ŵyn', 'Łukasz-Ştefan', "Siobhán O'Neill", 'محمد', 'Zoë Brontë']) expect(hasHiddenCharacters(name)).toBe(false);
  });

  it('in free text refuses only direction changes, keeping joiners that some writing needs', () => {
    expect(hasHiddenCharacters('Said \u202Eevil\u202C', 'text')).toBe(true);
    expect(hasHiddenCharacters('\u2067quote\u2069', 'text')).toBe(true);
    expect(hasHiddenCharacters('Family 👨\u200D👩\u200D👧 visit; می\u200Cخواهم', 'text')).toBe(false);
  });

  it('says which field and what to do', () => {
    expect(hiddenCharactersMessage('First name')).toBe('First name must not contain hidden or direction-changing characters');
    expect(hiddenCharactersMessage('Reason', 'text')).toBe('Reason must not contain direction-changing characters');
  });
});
