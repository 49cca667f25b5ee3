import { fill, pickLanguage, validationMessage } from './i18n.js';

describe('i18n', () => {
  it.each([
    [undefined, 'vi'],
    ['', 'vi'],
    ['vi-VN,vi;q=0.9', 'vi'],
    ['en', 'en'],
    ['en-US,vi;q=0.5', 'en'],
    ['fr, en;q=0.8', 'vi'],
  ])('Accept-Language %p → %s', (header, language) => {
    expect(pickLanguage(header)).toBe(language);
  });

  it('fills known placeholders and leaves unknown ones', () => {
    expect(fill('mã {code} ({other})', { code: '01' })).toBe('mã 01 ({other})');
  });

  it('carries numbers and value lists into Vietnamese validation messages', () => {
    expect(
      validationMessage(
        'maxLength',
        'fullName must be shorter than or equal to 200 characters',
        'vi',
      ),
    ).toBe('Chỉ được có tối đa 200 ký tự.');
    expect(
      validationMessage('isLength', 'note must be longer than or equal to 3 characters', 'vi'),
    ).toBe('Phải có ít nhất 3 ký tự.');
    expect(
      validationMessage('isLength', 'note must be shorter than or equal to 1000 characters', 'vi'),
    ).toBe('Chỉ được có tối đa 1000 ký tự.');
    expect(
      validationMessage(
        'isIn',
        'sex must be one of the following values: male, female, unknown',
        'vi',
      ),
    ).toBe('Phải là một trong các giá trị: male, female, unknown.');
    expect(validationMessage('isIn', 'sex must be one of the following values: male', 'en')).toBe(
      'sex must be one of the following values: male',
    );
    expect(validationMessage('someCustomRule', 'whatever', 'vi')).toBe('Giá trị không hợp lệ.');
  });
});
