// The message catalog of the child registry, Vietnamese and English (see common/i18n.ts).
import { fieldMessages, problemCatalog, type Text } from '../common/i18n.js';

/** The problems it answers with: status, title and detail (`{name}`: the exception's parameters). */
export const CHILD_PROBLEMS = problemCatalog({
  'invalid-support': {
    status: 422,
    title: { vi: 'Thông tin hỗ trợ không hợp lệ', en: 'Invalid support' },
    detail: {
      vi: 'Thông tin về sự hỗ trợ trẻ em nhận được chưa đúng, xem danh sách lỗi.',
      en: 'The support recorded is not valid; see the list of errors.',
    },
  },
  'invalid-injury': {
    status: 422,
    title: { vi: 'Thông tin tai nạn, thương tích không hợp lệ', en: 'Invalid injury' },
    detail: {
      vi: 'Thông tin về tai nạn, thương tích của trẻ chưa đúng, xem danh sách lỗi.',
      en: 'The injury recorded is not valid; see the list of errors.',
    },
  },
  'invalid-personal-id': {
    status: 422,
    title: { vi: 'Số định danh cá nhân không hợp lệ', en: 'Invalid personal ID' },
    detail: {
      vi: 'Số định danh cá nhân không khớp với ngày sinh hoặc giới tính, xem danh sách lỗi.',
      en: 'The personal ID does not agree with the date of birth or sex; see the list of errors.',
    },
  },
  'personal-id-taken': {
    status: 409,
    title: { vi: 'Số định danh đã được dùng', en: 'Personal ID already used' },
    detail: {
      vi: 'Số định danh cá nhân {personalId} đã thuộc về một trẻ em khác trong hệ thống.{existing}',
      en: 'The personal ID {personalId} already belongs to another child in the registry.{existing}',
    },
  },
  'invalid-child': {
    status: 422,
    title: { vi: 'Dữ liệu trẻ em không hợp lệ', en: 'Invalid child record' },
    detail: {
      vi: 'Một số trường không hợp lệ, xem danh sách lỗi.',
      en: 'Some fields are invalid; see the list of errors.',
    },
  },
  'out-of-scope': {
    status: 403,
    title: { vi: 'Ngoài địa bàn', en: 'Outside your areas' },
    detail: {
      vi: 'Bạn không làm việc tại xã/phường {communeCode}.',
      en: 'You do not work in commune {communeCode}.',
    },
  },
  'import-file-missing': {
    status: 400,
    title: { vi: 'Thiếu tệp', en: 'File missing' },
    detail: {
      vi: 'Gửi tệp .xlsx hoặc .csv trong trường "file" (multipart/form-data).',
      en: 'Send an .xlsx or .csv file in the "file" field (multipart/form-data).',
    },
  },
  'import-file-type': {
    status: 422,
    title: { vi: 'Loại tệp không được hỗ trợ', en: 'Unsupported file type' },
    detail: {
      vi: 'Tệp {fileName} không phải .xlsx hoặc .csv.',
      en: 'The file {fileName} is neither .xlsx nor .csv.',
    },
  },
  'import-unreadable': {
    status: 422,
    title: { vi: 'Không đọc được tệp', en: 'Unreadable file' },
    detail: {
      vi: 'Không đọc được tệp {fileName}. Tệp .csv phải được lưu dạng "CSV UTF-8"; tệp .xlsx phải mở được bằng Excel.',
      en: 'The file {fileName} cannot be read. Save .csv files as "CSV UTF-8"; .xlsx files must open in Excel.',
    },
  },
  'import-empty': {
    status: 422,
    title: { vi: 'Tệp trống', en: 'Empty file' },
    detail: {
      vi: 'Tệp {fileName} không có dòng tiêu đề hoặc không có dòng dữ liệu nào.',
      en: 'The file {fileName} has no header row or no data rows.',
    },
  },
  'import-headers': {
    status: 422,
    title: { vi: 'Tiêu đề cột không đúng', en: 'Unknown column headers' },
    detail: {
      vi: 'Không nhận ra các cột: {columns}. Hãy dùng tiêu đề của tệp mẫu (GET /api/v1/children/imports/template).',
      en: 'Unknown columns: {columns}. Use the template’s headers (GET /api/v1/children/imports/template).',
    },
  },
  'import-missing-columns': {
    status: 422,
    title: { vi: 'Thiếu cột bắt buộc', en: 'Required columns missing' },
    detail: {
      vi: 'Tệp thiếu các cột bắt buộc: {columns}.',
      en: 'The file lacks the required columns: {columns}.',
    },
  },
  'import-file-field': {
    status: 400,
    title: { vi: 'Sai tên trường của tệp', en: 'File sent in the wrong field' },
    detail: {
      vi: 'Tệp phải được gửi trong trường "file" của multipart/form-data; yêu cầu này gửi tệp trong trường "{field}".',
      en: 'Send the file in the "file" field of the multipart/form-data; this request sent it in "{field}".',
    },
  },
  'import-file-too-large': {
    status: 413,
    title: { vi: 'Tệp quá lớn', en: 'File too large' },
    detail: {
      vi: 'Tệp lớn hơn {limit} MB. Hãy chia danh sách thành nhiều tệp.',
      en: 'The file is larger than {limit} MB. Split the list into several files.',
    },
  },
  'import-upload-malformed': {
    status: 400,
    title: { vi: 'Yêu cầu tải tệp không hợp lệ', en: 'Malformed upload' },
    detail: {
      vi: 'Không đọc được yêu cầu tải tệp. Gửi đúng một tệp .xlsx hoặc .csv trong trường "file" của multipart/form-data (và trường "dryRun" nếu cần).',
      en: 'The upload cannot be read. Send exactly one .xlsx or .csv file in the "file" field of a multipart/form-data request (and the "dryRun" field if needed).',
    },
  },
  'import-quote': {
    status: 422,
    title: { vi: 'Dấu ngoặc kép không khớp', en: 'Unbalanced quote' },
    detail: {
      vi: 'Tệp {fileName}, dòng {row}: dấu ngoặc kép (") không khớp: một ô mở bằng dấu ngoặc kép mà không đóng, hoặc có chữ ngay sau dấu ngoặc kép đóng. Trong tệp CSV, ô có dấu ngoặc kép phải nằm trong ngoặc kép và mỗi dấu ngoặc kép bên trong được ghi hai lần (""). Hãy mở tệp bằng Excel rồi lưu lại dạng "CSV UTF-8".',
      en: 'File {fileName}, row {row}: unbalanced double quote ("): a cell opens with a quote that is never closed, or text follows a closing quote. In CSV, a cell holding a quote is itself quoted, each inner quote doubled (""). Open the file in Excel and save it again as "CSV UTF-8".',
    },
  },
  'import-line-too-long': {
    status: 422,
    title: { vi: 'Dòng quá dài', en: 'Row too long' },
    detail: {
      vi: 'Tệp {fileName}, dòng {row} dài hơn {limit} KB, trong khi một dòng của danh sách trẻ em chỉ khoảng 1 KB: có thể một dấu ngoặc kép (") chưa được đóng, hoặc tệp không phải danh sách theo mẫu.',
      en: 'File {fileName}, row {row} is longer than {limit} KB, where a row of the registry takes about 1 KB: a double quote (") may be left open, or the file is not a list in the template’s form.',
    },
  },
  'import-cell-too-long': {
    status: 422,
    title: { vi: 'Ô quá dài', en: 'Cell too long' },
    detail: {
      vi: 'Tệp {fileName}, dòng {row}, cột {column}: ô dài hơn {limit} ký tự, quá dài cho một ô của danh sách trẻ em.',
      en: 'File {fileName}, row {row}, column {column}: the cell is longer than {limit} characters, too long for a cell of the registry.',
    },
  },
  'import-nul': {
    status: 422,
    title: { vi: 'Tệp chứa ký tự NUL', en: 'NUL character in the file' },
    detail: {
      vi: 'Tệp {fileName}, dòng {row} chứa ký tự NUL (mã 0), ký tự không có trong văn bản: tệp có thể được lưu dạng UTF-16 hoặc không phải tệp văn bản. Hãy lưu lại dạng "CSV UTF-8" hoặc .xlsx.',
      en: 'File {fileName}, row {row} holds a NUL character (code 0), which text never holds: the file may be saved as UTF-16, or not be text. Save it again as "CSV UTF-8" or .xlsx.',
    },
  },
  'import-xlsx-too-large': {
    status: 422,
    title: { vi: 'Tệp giải nén quá lớn', en: 'File unpacks too large' },
    detail: {
      vi: 'Tệp {fileName} khi giải nén lớn hơn {limit} MB, hơn mọi bảng tính danh sách trẻ em. Hãy lưu lại tệp bằng Excel, hoặc chia thành nhiều tệp.',
      en: 'The file {fileName} unpacks to more than {limit} MB, more than any registry workbook. Save it again from Excel, or split it into several files.',
    },
  },
  'import-xlsx-long-text': {
    status: 422,
    title: { vi: 'Ô quá dài', en: 'Cell too long' },
    detail: {
      vi: 'Tệp {fileName} có một ô (hoặc một đoạn khoảng trắng) dài hơn {limit} ký tự, quá dài cho một ô của danh sách trẻ em.',
      en: 'The file {fileName} holds a cell (or a run of whitespace) longer than {limit} characters, too long for a cell of the registry.',
    },
  },
  'child-merged': {
    status: 409,
    title: { vi: 'Hồ sơ đã được gộp', en: 'Record merged' },
    detail: {
      vi: 'Hồ sơ này đã được gộp vào hồ sơ {survivorId}; hãy thao tác trên hồ sơ đó.',
      en: 'This record was merged into {survivorId}; work on that record.',
    },
  },
  'child-verified': {
    status: 409,
    title: { vi: 'Thông tin đã được xác thực', en: 'Verified details' },
    detail: {
      vi: 'Họ tên, ngày sinh, giới tính và số định danh của trẻ đã khớp với Cơ sở dữ liệu quốc gia về dân cư. Muốn sửa, hãy ghi lý do; hồ sơ sẽ cần đối chiếu lại.',
      en: 'The name, date of birth, sex and personal ID agree with the national population database. To change them, give a reason; the record will need checking again.',
    },
  },
  'verification-not-open': {
    status: 409,
    title: { vi: 'Không có gì để đối chiếu', en: 'Nothing to reconcile' },
    detail: {
      vi: 'Hồ sơ này không nằm trong danh sách cần đối chiếu (trạng thái: {status}).',
      en: 'This record is not on the reconciliation list (state: {status}).',
    },
  },
  'invalid-resolution': {
    status: 422,
    title: { vi: 'Cách xử lý không hợp lệ', en: 'Invalid resolution' },
    detail: {
      vi: 'Không thể xử lý kết quả đối chiếu như vậy, xem danh sách lỗi.',
      en: 'The check cannot be resolved this way; see the list of errors.',
    },
  },
  'sensitive-filter': {
    status: 403,
    title: { vi: 'Không được lọc theo thông tin nhạy cảm', en: 'Sensitive filter' },
    detail: {
      vi: 'Bạn không được xem dữ liệu nhạy cảm của trẻ em (sức khỏe, khuyết tật, HIV, bị xâm hại, vi phạm pháp luật…), nên không lọc được theo hoàn cảnh hoặc nguy cơ này.',
      en: 'You may not see children’s sensitive data (health, disability, HIV, abuse, offending…), so you cannot filter by this circumstance or risk.',
    },
  },
  'sensitive-export': {
    status: 403,
    title: { vi: 'Không được xuất dữ liệu nhạy cảm', en: 'Sensitive export' },
    detail: {
      vi: 'Bạn không được xuất dữ liệu nhạy cảm của trẻ em; hãy xuất danh sách không kèm dữ liệu nhạy cảm.',
      en: 'You may not export children’s sensitive data; export the list without it.',
    },
  },
  'invalid-correction-request': {
    status: 422,
    title: { vi: 'Yêu cầu chỉnh sửa không hợp lệ', en: 'Invalid correction request' },
    detail: {
      vi: 'Không ghi nhận được yêu cầu chỉnh sửa như vậy, xem danh sách lỗi.',
      en: 'The correction request cannot be recorded this way; see the list of errors.',
    },
  },
  'correction-answered': {
    status: 409,
    title: { vi: 'Yêu cầu đã được trả lời', en: 'Already answered' },
    detail: {
      vi: 'Yêu cầu chỉnh sửa này đã được trả lời (kết quả: {status}).',
      en: 'This correction request was already answered ({status}).',
    },
  },
  'merge-same-child': {
    status: 422,
    title: { vi: 'Không thể gộp', en: 'Cannot merge' },
    detail: {
      vi: 'Không thể gộp một hồ sơ với chính nó.',
      en: 'A record cannot be merged with itself.',
    },
  },
  'merge-personal-ids': {
    status: 409,
    title: { vi: 'Số định danh khác nhau', en: 'Different personal IDs' },
    detail: {
      vi: 'Hai hồ sơ có số định danh khác nhau ({survivor}, {duplicate}): đây là hai trẻ khác nhau, hoặc một số bị ghi sai. Hãy sửa trước khi gộp.',
      en: 'The records have different personal IDs ({survivor}, {duplicate}): two children, or one number is wrong. Correct it before merging.',
    },
  },
  'merge-undo-stale': {
    status: 409,
    title: { vi: 'Không thể hoàn tác', en: 'Cannot undo' },
    detail: {
      vi: 'Hồ sơ {id} đã được sửa sau khi gộp; hoàn tác sẽ làm mất các thay đổi đó. Hãy sửa trực tiếp hồ sơ.',
      en: 'Record {id} changed after the merge; undoing it would lose those changes. Correct the record directly.',
    },
  },
});

declare module '../common/i18n.js' {
  interface ProblemCatalog extends Record<keyof typeof CHILD_PROBLEMS, true> {}
}

/** Vietnamese for its field errors' constraints (the English is the error's own message). */
fieldMessages({
  'support:provider-name': () => 'Cần ghi tên cơ quan, tổ chức hoặc nhà tài trợ.',
  'support:order': () => 'Ngày kết thúc không được trước ngày bắt đầu.',
  'injury:future': () => 'Ngày xảy ra không được sau ngày hôm nay.',
  'personalId:format': () => 'Số định danh cá nhân phải gồm 12 chữ số.',
  'personalId:birth-year': () => 'Chữ số thế kỷ/năm sinh không khớp với ngày sinh.',
  'personalId:sex': () => 'Chữ số giới tính không khớp với giới tính.',
  'dateOfBirth:future': () => 'Ngày sinh không được sau ngày hôm nay.',
  'dateOfBirth:format': () =>
    'Ngày sinh phải có dạng yyyy-mm-dd, ví dụ 2015-03-02. Nếu chỉ biết năm sinh, ghi ngày 1 tháng 1 của năm đó (2015-01-01) kèm dobPrecision "year".',
  'dateOfBirth:real': () => 'Ngày sinh không phải ngày có thật.',
  'import:date': () =>
    'Ngày sinh phải có dạng ngày/tháng/năm (dd/mm/yyyy), yyyy-mm-dd hoặc chỉ năm.',
  'import:caregiver-name': () =>
    'Cần ghi họ tên khi có số định danh hoặc điện thoại của người này.',
  'subCode:parent': () => 'Nhóm con không thuộc nhóm hoàn cảnh đặc biệt đã chọn.',
  'flag:date': () => 'Không phải ngày có thật.',
  'flag:order': () => 'Ngày kết thúc không được trước ngày bắt đầu.',
  'correction:received-future': () => 'Ngày nhận yêu cầu không được sau ngày hôm nay.',
  'child:verified': () =>
    'Trường này đã khớp với Cơ sở dữ liệu quốc gia về dân cư; muốn sửa cần ghi lý do (reason).',
  'verification:differs': () =>
    'Chỉ nhận được giá trị của các trường khác với Cơ sở dữ liệu quốc gia về dân cư.',
  'verification:note': () =>
    'Cần ghi lý do giữ nguyên thông tin của hồ sơ khi không nhận giá trị của Cơ sở dữ liệu quốc gia về dân cư.',
  'verification:disputed': () =>
    'Hồ sơ đã được ghi nhận là có ý kiến khác: chỉ còn cách nhận mọi giá trị còn khác, hoặc sửa hồ sơ.',
});

/** Why an import left a row out, beyond what the record's own validation says. */
export const IMPORT_ROW_MESSAGES = {
  'duplicate-row': {
    vi: 'Trùng với dòng {row} của tệp (cùng số định danh hoặc cùng họ tên, ngày sinh, xã và tên cha/mẹ).',
    en: 'Same child as row {row} of the file (same personal ID, or same name, date of birth, commune and parent).',
  },
  'id-not-found': {
    vi: 'Không có hồ sơ mã {id} trong địa bàn của bạn.',
    en: 'No record {id} in your areas.',
  },
  'personal-id-differs': {
    vi: 'Trùng họ tên, ngày sinh, xã và tên cha/mẹ với hồ sơ {id} nhưng số định danh khác ({personalId}). Hãy kiểm tra lại.',
    en: 'Same name, date of birth, commune and parent as record {id} but a different personal ID ({personalId}). Check which is right.',
  },
  'verified-record': {
    vi: 'Họ tên, ngày sinh, giới tính và số định danh của hồ sơ {id} đã khớp với Cơ sở dữ liệu quốc gia về dân cư: tệp nhập không sửa được các thông tin này. Hãy sửa trên hồ sơ và ghi lý do.',
    en: 'The name, date of birth, sex and personal ID of record {id} agree with the national population database: an import cannot change them. Correct them on the record, with a reason.',
  },
  'changed-meanwhile': {
    vi: 'Hồ sơ {id} vừa được người khác sửa trong lúc nhập; hãy nhập lại tệp.',
    en: 'Record {id} was changed by someone else during the import; import the file again.',
  },
  'support-child-missing': {
    vi: 'Chưa rõ trẻ nào: ghi mã hồ sơ, số định danh cá nhân, hoặc họ tên và ngày sinh của trẻ.',
    en: 'Whose support is not said: give the record’s id, the personal ID, or the child’s name and date of birth.',
  },
  'support-child-not-found': {
    vi: 'Không có trẻ nào có số định danh {personalId} trong địa bàn của bạn.',
    en: 'No child with personal ID {personalId} in your areas.',
  },
  'support-child-not-named': {
    vi: 'Không có trẻ nào tên {fullName} sinh ngày {dateOfBirth} trong địa bàn của bạn.',
    en: 'No child named {fullName} born on {dateOfBirth} in your areas.',
  },
  'support-child-ambiguous': {
    vi: 'Có {count} trẻ cùng họ tên và ngày sinh này trong địa bàn của bạn; ghi số định danh cá nhân hoặc mã hồ sơ để chỉ rõ trẻ nào.',
    en: '{count} children in your areas have this name and date of birth; give the personal ID or the record’s id to say which.',
  },
  'support-duplicate-row': {
    vi: 'Trùng với dòng {row} của tệp (cùng trẻ, cùng loại hỗ trợ, cùng ngày bắt đầu).',
    en: 'Same as row {row} of the file (the same child, kind of support and first day).',
  },
} satisfies Record<string, Text>;

export type ImportRowMessage = keyof typeof IMPORT_ROW_MESSAGES;

/**
 * What a cell of an import should hold, in the template's words (its values, not the API's), for
 * the row errors about the cell's value.
 */
export const IMPORT_CELL_HINTS = {
  sex: { vi: 'ghi Nam, Nữ hoặc Không rõ', en: 'write Nam, Nữ or Không rõ' },
  dobPrecision: {
    vi: 'ghi chính xác, năm hoặc ước tính',
    en: 'write chính xác (exact), năm (year) or ước tính (estimated)',
  },
  dateOfBirth: {
    vi: 'ghi ngày/tháng/năm như 02/03/2015, hoặc chỉ năm như 2015',
    en: 'write day/month/year as 02/03/2015, or the year alone as 2015',
  },
  personalId: {
    vi: 'số định danh cá nhân gồm đúng 12 chữ số',
    en: 'a personal ID is exactly 12 digits',
  },
  ethnicity: {
    vi: 'ghi tên dân tộc (như Kinh, Tày, Mường) hoặc mã ở trang “Mã danh mục” của tệp mẫu',
    en: 'write the ethnic group’s name (as Kinh, Tày, Mường) or its code from the template’s “Mã danh mục” sheet',
  },
  province: { vi: 'mã tỉnh gồm 2 chữ số, như 01', en: 'a province code is 2 digits, as 01' },
  commune: { vi: 'mã xã gồm 5 chữ số, như 00004', en: 'a commune code is 5 digits, as 00004' },
  phone: {
    vi: 'số điện thoại gồm 8 đến 15 chữ số, như 0912345678',
    en: 'a phone number is 8 to 15 digits, as 0912345678',
  },
  code: {
    vi: 'ghi mã ở trang “Mã danh mục” của tệp mẫu, nhiều mã cách nhau bằng dấu ;',
    en: 'write codes from the template’s “Mã danh mục” sheet, several separated by ;',
  },
  supportKind: {
    vi: 'ghi mã hoặc tên loại hỗ trợ ở trang “Mã danh mục” của tệp mẫu',
    en: 'write the kind’s code or name from the template’s “Mã danh mục” sheet',
  },
  provider: {
    vi: 'ghi Nhà nước, Tổ chức hoặc Nhà tài trợ',
    en: 'write Nhà nước (the state), Tổ chức (an organisation) or Nhà tài trợ (a donor)',
  },
  day: { vi: 'ghi ngày/tháng/năm như 01/09/2026', en: 'write day/month/year as 01/09/2026' },
  amount: {
    vi: 'ghi số tiền bằng đồng, như 500000 hoặc 500.000',
    en: 'write the amount in đồng, as 500000 or 500.000',
  },
} satisfies Record<string, Text>;

export type ImportCellHint = keyof typeof IMPORT_CELL_HINTS;

/** A row error about a cell's value: `{value}` as typed, `{hint}` what to write instead. */
export const IMPORT_CELL_MESSAGES = {
  missing: { vi: 'Chưa ghi; {hint}.', en: 'Missing; {hint}.' },
  invalid: { vi: '“{value}” không hợp lệ; {hint}.', en: '“{value}” is not valid; {hint}.' },
  'not-listed': {
    vi: '“{value}” không có trong danh mục; {hint}.',
    en: '“{value}” is not in the list; {hint}.',
  },
  'not-a-date': {
    vi: '“{value}” không phải ngày có thật; {hint}.',
    en: '“{value}” is not a real date; {hint}.',
  },
} satisfies Record<string, Text>;

/** The report's sheet name and headers (the column itself as the template heads it). */
export const IMPORT_REPORT_TEXT = {
  title: { vi: 'Dòng không nhập được', en: 'Rows not imported' },
  row: { vi: 'Dòng', en: 'Row' },
  column: { vi: 'Cột', en: 'Column' },
  reason: { vi: 'Lỗi', en: 'Problem' },
  wholeRow: { vi: '(cả dòng)', en: '(whole row)' },
} satisfies Record<string, Text>;
