import './common.messages.js';
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

  it('carries the constraints’ numbers and value lists into Vietnamese validation messages', () => {
    const error = (constraint: string, args: unknown[], value?: unknown) => ({
      constraint,
      message: 'the English message',
      args,
      value,
    });
    expect(validationMessage(error('maxLength', [200]), 'vi')).toBe(
      'Chỉ được có tối đa 200 ký tự.',
    );
    expect(validationMessage(error('isLength', [3, 1000], 'ab'), 'vi')).toBe(
      'Phải có ít nhất 3 ký tự.',
    );
    expect(validationMessage(error('isLength', [3, 1000], 'x'.repeat(1001)), 'vi')).toBe(
      'Chỉ được có tối đa 1000 ký tự.',
    );
    expect(validationMessage(error('isIn', [['male', 'female', 'unknown']]), 'vi')).toBe(
      'Phải là một trong các giá trị: male, female, unknown.',
    );
    expect(
      validationMessage(
        { constraint: 'isIn', message: 'sex must be one of the following values: male' },
        'en',
      ),
    ).toBe('sex must be one of the following values: male');
    expect(validationMessage(error('someCustomRule', []), 'vi')).toBe('Giá trị không hợp lệ.');
  });
});
