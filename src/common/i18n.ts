export type Language = 'vi' | 'en';

/** Vietnamese unless the client asks for English first (`Accept-Language: en`, `en-US,vi;q=0.5`). */
export function pickLanguage(acceptLanguage: string | undefined): Language {
  const first = acceptLanguage?.split(',')[0]?.trim().toLowerCase() ?? '';
  return first.startsWith('en') ? 'en' : 'vi';
}

type Text = Record<Language, string>;

/**
 * Every problem the API reports, with its title and detail in both languages. `{name}` in a
 * detail is filled from the exception's parameters.
 */
export const PROBLEMS = {
  'bad-request': {
    status: 400,
    title: { vi: 'Yêu cầu không hợp lệ', en: 'Bad request' },
    detail: { vi: 'Yêu cầu không đúng định dạng.', en: 'The request is malformed.' },
  },
  'validation-failed': {
    status: 400,
    title: { vi: 'Dữ liệu không hợp lệ', en: 'Invalid data' },
    detail: {
      vi: 'Một số trường không hợp lệ, xem danh sách lỗi.',
      en: 'Some fields are invalid; see the list of errors.',
    },
  },
  'malformed-json': {
    status: 400,
    title: { vi: 'Yêu cầu không hợp lệ', en: 'Bad request' },
    detail: { vi: 'Nội dung JSON không đọc được.', en: 'The JSON body cannot be parsed.' },
  },
  unauthorized: {
    status: 401,
    title: { vi: 'Chưa đăng nhập', en: 'Not authenticated' },
    detail: { vi: 'Cần đăng nhập để thực hiện yêu cầu này.', en: 'Authentication is required.' },
  },
  forbidden: {
    status: 403,
    title: { vi: 'Không có quyền', en: 'Forbidden' },
    detail: {
      vi: 'Bạn không có quyền thực hiện thao tác này.',
      en: 'You are not allowed to do this.',
    },
  },
  'not-found': {
    status: 404,
    title: { vi: 'Không tìm thấy', en: 'Not found' },
    detail: {
      vi: 'Không tìm thấy tài nguyên được yêu cầu.',
      en: 'The requested resource does not exist.',
    },
  },
  'area-not-found': {
    status: 404,
    title: { vi: 'Không tìm thấy đơn vị hành chính', en: 'Administrative unit not found' },
    detail: {
      vi: 'Không có tỉnh/thành phố nào mang mã {code}.',
      en: 'No province has the code {code}.',
    },
  },
  'old-commune-not-found': {
    status: 404,
    title: { vi: 'Không tìm thấy đơn vị hành chính', en: 'Administrative unit not found' },
    detail: {
      vi: 'Không có xã/phường nào trước sáp nhập 2025 mang mã {code}.',
      en: 'No pre-2025 commune has the code {code}.',
    },
  },
  'reference-list-not-found': {
    status: 404,
    title: { vi: 'Không tìm thấy danh mục', en: 'Code list not found' },
    detail: {
      vi: 'Không có danh mục "{list}". Các danh mục hiện có: {lists}.',
      en: 'There is no code list "{list}". Available lists: {lists}.',
    },
  },
  'invalid-cursor': {
    status: 400,
    title: { vi: 'Con trỏ trang không hợp lệ', en: 'Invalid cursor' },
    detail: {
      vi: 'Tham số cursor không hợp lệ; hãy dùng nextCursor của trang trước.',
      en: 'The cursor is not valid; use the nextCursor of the previous page.',
    },
  },
  'invalid-credentials': {
    status: 401,
    title: { vi: 'Đăng nhập không thành công', en: 'Sign-in failed' },
    detail: {
      vi: 'Tên đăng nhập hoặc mật khẩu không đúng.',
      en: 'The username or password is wrong.',
    },
  },
  'mfa-required': {
    status: 401,
    title: { vi: 'Cần mã xác thực hai lớp', en: 'Second factor required' },
    detail: {
      vi: 'Nhập mã 6 số từ ứng dụng xác thực (hoặc một mã khôi phục) vào trường otp.',
      en: 'Send the 6-digit code from the authenticator app (or a recovery code) as otp.',
    },
  },
  'invalid-otp': {
    status: 401,
    title: { vi: 'Mã xác thực không đúng', en: 'Wrong code' },
    detail: {
      vi: 'Mã xác thực không đúng, đã hết hạn hoặc đã được dùng.',
      en: 'The code is wrong, expired or already used.',
    },
  },
  'invalid-refresh-token': {
    status: 401,
    title: { vi: 'Phiên đăng nhập đã kết thúc', en: 'Session ended' },
    detail: {
      vi: 'Mã làm mới không hợp lệ, đã hết hạn hoặc đã được dùng. Vui lòng đăng nhập lại.',
      en: 'The refresh token is invalid, expired or already used. Sign in again.',
    },
  },
  'account-locked': {
    status: 423,
    title: { vi: 'Tài khoản tạm khóa', en: 'Account locked' },
    detail: {
      vi: 'Đăng nhập sai quá nhiều lần. Vui lòng thử lại sau {seconds} giây.',
      en: 'Too many failed sign-ins. Try again in {seconds} seconds.',
    },
  },
  'mfa-already-enabled': {
    status: 409,
    title: { vi: 'Đã bật xác thực hai lớp', en: 'Second factor already enabled' },
    detail: {
      vi: 'Tài khoản đã có xác thực hai lớp; quản trị viên có thể đặt lại nếu mất thiết bị.',
      en: 'The account already has a second factor; an administrator can reset it.',
    },
  },
  'mfa-not-started': {
    status: 409,
    title: { vi: 'Chưa bắt đầu đăng ký', en: 'Enrolment not started' },
    detail: {
      vi: 'Hãy gọi /auth/mfa/enroll trước khi kích hoạt.',
      en: 'Call /auth/mfa/enroll before activating.',
    },
  },
  'username-taken': {
    status: 409,
    title: { vi: 'Tên đăng nhập đã tồn tại', en: 'Username taken' },
    detail: {
      vi: 'Tên đăng nhập "{username}" đã được sử dụng.',
      en: 'The username "{username}" is already in use.',
    },
  },
  'weak-password': {
    status: 422,
    title: { vi: 'Mật khẩu không đạt yêu cầu', en: 'Password not accepted' },
    detail: {
      vi: 'Mật khẩu không đạt chính sách mật khẩu, xem danh sách lỗi.',
      en: 'The password does not meet the password policy; see the list of errors.',
    },
  },
  'wrong-current-password': {
    status: 422,
    title: { vi: 'Mật khẩu hiện tại không đúng', en: 'Wrong current password' },
    detail: { vi: 'Mật khẩu hiện tại không đúng.', en: 'The current password is wrong.' },
  },
  'unknown-organization': {
    status: 422,
    title: { vi: 'Không có cơ quan, tổ chức này', en: 'Unknown organisation' },
    detail: {
      vi: 'Không có cơ quan, tổ chức mang mã {id}.',
      en: 'No organisation has the id {id}.',
    },
  },
  'unknown-area': {
    status: 422,
    title: { vi: 'Mã đơn vị hành chính không đúng', en: 'Unknown administrative unit' },
    detail: {
      vi: 'Không có đơn vị hành chính hiện hành nào mang mã: {codes}.',
      en: 'No current administrative unit has the code: {codes}.',
    },
  },
  'commune-not-in-province': {
    status: 422,
    title: { vi: 'Xã không thuộc tỉnh', en: 'Commune not in province' },
    detail: {
      vi: 'Xã/phường {communeCode} không thuộc tỉnh/thành phố {provinceCode}.',
      en: 'Commune {communeCode} is not in province {provinceCode}.',
    },
  },
  'area-outside-organization': {
    status: 422,
    title: { vi: 'Địa bàn ngoài phạm vi cơ quan', en: 'Area outside the organisation' },
    detail: {
      vi: 'Địa bàn {codes} không thuộc tỉnh/thành phố {provinceCode} của cơ quan.',
      en: "Areas {codes} are outside the organisation's province {provinceCode}.",
    },
  },
  'role-combination': {
    status: 422,
    title: { vi: 'Kết hợp vai trò không hợp lệ', en: 'Invalid role combination' },
    detail: {
      vi: 'Vai trò system_admin không được kết hợp với vai trò khác (quản trị viên không được xem hồ sơ trẻ em).',
      en: 'system_admin cannot be combined with other roles (administrators never see child records).',
    },
  },
  'own-account': {
    status: 422,
    title: { vi: 'Không thể tự thay đổi', en: 'Cannot change one’s own account' },
    detail: {
      vi: 'Không thể tự thay đổi vai trò, địa bàn hoặc trạng thái của chính mình.',
      en: 'You cannot change your own roles, areas or status.',
    },
  },
  conflict: {
    status: 409,
    title: { vi: 'Xung đột dữ liệu', en: 'Conflict' },
    detail: {
      vi: 'Một yêu cầu khác vừa ghi cùng giá trị duy nhất. Hãy tải lại rồi thử lại.',
      en: 'Another request has just written the same unique value. Reload and try again.',
    },
  },
  'ambiguous-commune': {
    status: 422,
    title: { vi: 'Mã xã cũ đã được chia tách', en: 'Split pre-2025 commune' },
    detail: {
      vi: 'Xã/phường cũ mã {code} nay thuộc nhiều đơn vị; hãy chọn một trong: {candidates}.',
      en: 'The pre-2025 commune {code} now lies in several units; choose one of: {candidates}.',
    },
  },
  'unknown-code': {
    status: 422,
    title: { vi: 'Mã danh mục không đúng', en: 'Unknown code' },
    detail: {
      vi: 'Danh mục {list} không có mã: {codes}.',
      en: 'The list {list} has no code: {codes}.',
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
  'invalid-holidays': {
    status: 422,
    title: { vi: 'Lịch nghỉ lễ không hợp lệ', en: 'Invalid holiday list' },
    detail: {
      vi: 'Danh sách ngày nghỉ năm {year} có ngày không hợp lệ, xem danh sách lỗi.',
      en: 'The holiday list for {year} has invalid days; see the list of errors.',
    },
  },
  'invalid-case': {
    status: 422,
    title: { vi: 'Dữ liệu hồ sơ không hợp lệ', en: 'Invalid case data' },
    detail: {
      vi: 'Một số trường không hợp lệ, xem danh sách lỗi.',
      en: 'Some fields are invalid; see the list of errors.',
    },
  },
  'action-not-allowed': {
    status: 409,
    title: { vi: 'Không thực hiện được ở bước này', en: 'Not allowed at this step' },
    detail: {
      vi: 'Hồ sơ đang ở trạng thái {status}, không thể thực hiện "{action}". Các thao tác được phép: {allowed}.',
      en: 'The case is {status}; "{action}" is not allowed. Allowed actions: {allowed}.',
    },
  },
  'plan-needs-assessment': {
    status: 409,
    title: { vi: 'Hồ sơ chưa có báo cáo đánh giá toàn diện', en: 'No comprehensive assessment' },
    detail: {
      vi: 'Chưa thể trình kế hoạch: hồ sơ trình phê duyệt phải có báo cáo đánh giá toàn diện (Mẫu 03) và biên bản họp xác định nhu cầu hỗ trợ, can thiệp (Nghị định 56/2017/NĐ-CP, Điều 28 khoản 2 điểm b). Hãy ghi nhận đánh giá toàn diện (assessment) trước.',
      en: 'The plan cannot be submitted: the dossier for approval holds the comprehensive assessment (form 03) and the minutes of the case meeting (Decree 56/2017, art. 28.2.b). Record the assessment first.',
    },
  },
  'plan-needs-case-meeting': {
    status: 409,
    title: { vi: 'Hồ sơ chưa có biên bản họp', en: 'No case meeting minutes' },
    detail: {
      vi: 'Chưa thể trình kế hoạch: hồ sơ trình phê duyệt phải có biên bản họp xác định nhu cầu hỗ trợ, can thiệp, ghi thời gian họp, thành phần tham gia (cơ quan, vai trò) và nội dung thống nhất (Nghị định 56/2017/NĐ-CP, Điều 27 khoản 2, Điều 28 khoản 2 điểm b). Hãy ghi nhận lại đánh giá toàn diện kèm biên bản họp (conference).',
      en: 'The plan cannot be submitted: the dossier for approval holds the minutes of the case meeting, with when it was held, who took part (organisation, role) and what was agreed (Decree 56/2017, art. 27.2 and 28.2.b). Record the assessment again with the meeting (conference).',
    },
  },
  'closure-criteria-not-met': {
    status: 422,
    title: { vi: 'Chưa đủ điều kiện đề xuất đóng hồ sơ', en: 'Closure criteria not met' },
    detail: {
      vi: 'Chỉ đề xuất kết thúc hồ sơ khi trẻ em không còn nguy cơ bị xâm hại và ổn định về thể chất, tâm lý, nhận thức, tình cảm (Nghị định 56/2017/NĐ-CP, Điều 30 khoản 1 điểm b); nếu không, tiếp tục kế hoạch hoặc xây dựng kế hoạch mới. Tiêu chí chưa đạt: xem danh sách lỗi.',
      en: 'Closure is proposed only when the child is no longer at risk of abuse and physically, psychologically, cognitively and emotionally stable (Decree 56/2017, art. 30.1.b); otherwise continue the plan or draw up a new one. The criteria not met are in the list of errors.',
    },
  },
  'child-not-heard': {
    status: 422,
    title: { vi: 'Chưa lấy ý kiến của trẻ em', en: 'The child was not heard' },
    detail: {
      vi: 'Trẻ em từ đủ 7 tuổi trở lên phải được lắng nghe và ghi nhận ý kiến khi đánh giá toàn diện (Luật Trẻ em 2016, Điều 34): ghi việc trẻ được lấy ý kiến và trẻ đã nói gì, hoặc lý do không lấy được ý kiến. Xem danh sách lỗi.',
      en: 'A child aged 7 or more is heard at the comprehensive assessment (Law on Children 2016, art. 34): record that the child was heard and what the child said, or why the child could not be heard. See the list of errors.',
    },
  },
  'child-consent-missing': {
    status: 422,
    title: { vi: 'Chưa có ý kiến đồng ý của trẻ em', en: 'The child’s consent not recorded' },
    detail: {
      vi: 'Kế hoạch chia sẻ thông tin đời sống riêng tư của trẻ em với các cơ quan, tổ chức thực hiện: với trẻ em từ đủ 7 tuổi trở lên phải ghi nhận trẻ có đồng ý hay không (Luật Trẻ em 2016, Điều 21 và 34; Luật Bảo vệ dữ liệu cá nhân 2025, Điều 24). Xem danh sách lỗi.',
      en: 'The plan shares the child’s private information with the organisations that carry it out: for a child aged 7 or more, record whether the child agrees (Law on Children 2016, art. 21 and 34; Personal Data Protection Law 2025, art. 24). See the list of errors.',
    },
  },
  'representative-consent-missing': {
    status: 422,
    title: {
      vi: 'Chưa có ý kiến của cha mẹ, người giám hộ',
      en: 'The parent’s or guardian’s say not recorded',
    },
    detail: {
      vi: 'Kế hoạch chia sẻ thông tin của trẻ em với các cơ quan, tổ chức thực hiện: với mỗi trẻ em phải ghi nhận cha mẹ, người giám hộ có đồng ý hay không, hoặc lý do không hỏi được ý kiến (Luật Trẻ em 2016, Điều 33; Luật Bảo vệ dữ liệu cá nhân 2025, Điều 24). Xem danh sách lỗi.',
      en: 'The plan shares the child’s information with the organisations that carry it out: for each child, record whether the parent or guardian agrees, or why they could not be asked (Law on Children 2016, art. 33; Personal Data Protection Law 2025, art. 24). See the list of errors.',
    },
  },
  'plan-action-move': {
    status: 409,
    title: { vi: 'Không đổi được trạng thái hoạt động', en: 'Plan action status cannot change so' },
    detail: {
      vi: 'Hoạt động đang ở trạng thái {from}, không thể chuyển sang {to}. Trạng thái có thể chuyển: {allowed}.',
      en: 'The action is {from}; it cannot become {to}. It can become: {allowed}.',
    },
  },
  'isolation-in-progress': {
    status: 409,
    title: { vi: 'Đang cách ly tạm thời', en: 'Isolation in progress' },
    detail: {
      vi: 'Trẻ đang được cách ly tạm thời từ {startedAt}; kết thúc hoặc gia hạn lần cách ly này.',
      en: 'The child has been in temporary isolation since {startedAt}; end or extend that one.',
    },
  },
  'no-isolation': {
    status: 409,
    title: { vi: 'Không có cách ly tạm thời', en: 'No isolation in progress' },
    detail: {
      vi: 'Hồ sơ không có lần cách ly tạm thời nào đang diễn ra.',
      en: 'The case has no temporary isolation in progress.',
    },
  },
  'second-factor-required': {
    status: 403,
    title: {
      vi: 'Cần xác thực hai yếu tố',
      en: 'The second factor is required',
    },
    detail: {
      vi: 'Quyết định "{action}" (phê duyệt, từ chối, đóng, mở lại hồ sơ, tạm thời cách ly trẻ em theo Nghị định 56/2017/NĐ-CP, Điều 32) chỉ được ghi nhận khi người quyết định nhập mã TOTP từ ứng dụng xác thực của mình ngay lúc quyết định; khóa API không ra quyết định. Hãy đăng ký ứng dụng xác thực cho tài khoản rồi thực hiện lại.',
      en: 'The decision "{action}" (approving, rejecting, closing or reopening a case, a temporary isolation under Decree 56/2017 art. 32) is recorded only when the person deciding enters a TOTP code from their own authenticator app at that moment; API keys never decide. Enrol an authenticator app for the account, then try again.',
    },
  },
  'step-up-required': {
    status: 403,
    title: { vi: 'Cần nhập mã xác thực', en: 'Enter your code' },
    detail: {
      vi: 'Quyết định "{action}" cần mã 6 số hiện tại từ ứng dụng xác thực (hoặc một mã khôi phục), gửi trong tiêu đề X-OTP.',
      en: 'The decision "{action}" needs the current 6-digit code from the authenticator app (or a recovery code), sent in the X-OTP header.',
    },
  },
  'step-up-invalid': {
    status: 403,
    title: { vi: 'Mã xác thực không đúng', en: 'Wrong code' },
    detail: {
      vi: 'Mã xác thực không đúng, đã hết hạn hoặc đã được dùng; quyết định "{action}" chưa được ghi nhận. Hãy nhập mã mới hiện trên ứng dụng xác thực.',
      en: 'The code is wrong, expired or already used; the decision "{action}" was not recorded. Enter the new code your authenticator app shows.',
    },
  },
  'isolation-over-15-days': {
    status: 422,
    title: {
      vi: 'Tạm thời cách ly tối đa 15 ngày',
      en: 'Temporary isolation lasts 15 days at most',
    },
    detail: {
      vi: 'Thời hạn tạm thời cách ly trẻ em tối đa không quá 15 ngày (Nghị định 56/2017/NĐ-CP, Điều 32); quyết định ghi {days} ngày. Chỉ được tiếp tục cách ly quá 15 ngày theo yêu cầu của cơ quan có thẩm quyền, bằng việc gia hạn ghi rõ căn cứ pháp lý và cơ quan yêu cầu.',
      en: 'Temporary isolation of a child lasts 15 days at most (Decree 56/2017, art. 32); the decision states {days} days. It continues past 15 days only at the request of a competent authority, by an extension naming the legal ground and the requesting authority.',
    },
  },
  'isolation-extension-authority': {
    status: 422,
    title: {
      vi: 'Gia hạn quá 15 ngày cần yêu cầu của cơ quan có thẩm quyền',
      en: 'Past 15 days only at a competent authority’s request',
    },
    detail: {
      vi: 'Sau gia hạn, thời gian cách ly là {days} ngày, quá 15 ngày: chỉ được tiếp tục cách ly theo yêu cầu của cơ quan có thẩm quyền (Nghị định 56/2017/NĐ-CP, Điều 32). Cần ghi căn cứ pháp lý (legalGround) và cơ quan yêu cầu (requestingAuthority), xem danh sách lỗi.',
      en: 'With this extension the isolation lasts {days} days, past 15: it continues only at the request of a competent authority (Decree 56/2017, art. 32). Give the legal ground (legalGround) and the requesting authority (requestingAuthority); see the list of errors.',
    },
  },
  'prevention-no-plan': {
    status: 409,
    title: { vi: 'Cấp độ phòng ngừa không có kế hoạch', en: 'No plan at prevention level' },
    detail: {
      vi: 'Kế hoạch hỗ trợ, can thiệp và việc phê duyệt kế hoạch chỉ dành cho cấp độ hỗ trợ và can thiệp (Luật Trẻ em, Điều 49, 50, 52); hồ sơ ở cấp độ phòng ngừa ghi nhận các biện pháp đã thực hiện rồi đề xuất đóng hồ sơ, và rà soát ở cấp độ này chỉ đề xuất đóng hồ sơ. Không thể thực hiện "{action}". Các thao tác được phép: {allowed}.',
      en: 'A support or intervention plan and its approval belong to the support and intervention levels (Law on Children, art. 49, 50, 52); a case at prevention level records the measures taken and is proposed for closure, and a review at that level can only propose closure. "{action}" is not possible. Allowed actions: {allowed}.',
    },
  },
  'level-reason': {
    status: 422,
    title: {
      vi: 'Thay đổi cấp độ bảo vệ cần có lý do',
      en: 'A change of protection level needs its reason',
    },
    detail: {
      vi: 'Cấp độ bảo vệ đổi từ {from} sang {to}: cần ghi lý do (levelReason), để hồ sơ lưu ai thay đổi, khi nào và vì sao.',
      en: 'The protection level changes from {from} to {to}: give the reason (levelReason), so the case keeps who changed it, when and why.',
    },
  },
  'abuse-confirmed-intervention': {
    status: 422,
    title: {
      vi: 'Trẻ em bị xâm hại: cấp độ can thiệp',
      en: 'Confirmed abuse: intervention level',
    },
    detail: {
      vi: 'Khi xác định trẻ em bị xâm hại, hồ sơ ở cấp độ can thiệp (Luật Trẻ em, Điều 50), không phải {to}.',
      en: 'Confirmed abuse puts the case at intervention level (Law on Children, art. 50), not {to}.',
    },
  },
  'transfer-case-closed': {
    status: 409,
    title: { vi: 'Hồ sơ đã đóng', en: 'The case is closed' },
    detail: {
      vi: 'Không chuyển giao hồ sơ đã đóng: nếu trẻ cần được tiếp tục bảo vệ ở nơi khác, mở lại hồ sơ (reopen) rồi chuyển giao.',
      en: 'A closed case is not transferred: if the child needs protection elsewhere, reopen the case, then transfer it.',
    },
  },
  'transfer-pending': {
    status: 409,
    title: { vi: 'Đang chờ chuyển giao', en: 'A transfer is pending' },
    detail: {
      vi: 'Hồ sơ đang chờ xã/phường {communeCode} tiếp nhận; mỗi lúc chỉ có một yêu cầu chuyển giao. Hủy yêu cầu đó hoặc chờ xã/phường nhận quyết định.',
      en: 'The case is waiting for commune {communeCode} to accept it; a case has one pending transfer at a time. Cancel that one or wait for the commune’s decision.',
    },
  },
  'transfer-same-commune': {
    status: 422,
    title: { vi: 'Chuyển giao cho chính xã đang thụ lý', en: 'Transfer to the holding commune' },
    detail: {
      vi: 'Hồ sơ được chuyển giao cho một xã/phường khác với xã/phường đang thụ lý ({communeCode}).',
      en: 'A case is transferred to a commune other than the one holding it ({communeCode}).',
    },
  },
  'transfer-not-pending': {
    status: 409,
    title: { vi: 'Yêu cầu chuyển giao đã được quyết định', en: 'The transfer was decided' },
    detail: {
      vi: 'Yêu cầu chuyển giao này đã ở trạng thái {status}: chỉ yêu cầu đang chờ mới được tiếp nhận, từ chối hoặc hủy, và chỉ một lần.',
      en: 'This transfer is {status}: only a pending transfer is accepted, declined or cancelled, and once.',
    },
  },
  'case-handed-over': {
    status: 409,
    title: { vi: 'Hồ sơ đã chuyển giao', en: 'The case was handed over' },
    detail: {
      vi: 'Hồ sơ đã được chuyển giao cho xã/phường khác lúc {at}: xã/phường nơi trẻ em cư trú thụ lý hồ sơ (Luật Trẻ em, Điều 52). Xã/phường của bạn chỉ còn xem những gì đã làm đến lúc chuyển giao, không thực hiện thêm được.',
      en: 'The case was handed over to another commune at {at} (Vietnam time): the commune where the child lives holds it (Law on Children, art. 52). Your commune reads what it did up to the hand-over and can no longer act on it.',
    },
  },
  'invalid-referral': {
    status: 422,
    title: { vi: 'Dữ liệu chuyển gửi không hợp lệ', en: 'Invalid referral data' },
    detail: {
      vi: 'Một số trường không hợp lệ, xem danh sách lỗi.',
      en: 'Some fields are invalid; see the list of errors.',
    },
  },
  'referral-action-not-allowed': {
    status: 409,
    title: { vi: 'Không thực hiện được ở bước này', en: 'Not allowed at this step' },
    detail: {
      vi: 'Yêu cầu chuyển gửi đang ở trạng thái {status}, không thể thực hiện "{action}". Các thao tác được phép: {allowed}.',
      en: 'The referral is {status}; "{action}" is not allowed. Allowed actions: {allowed}.',
    },
  },
  'delivery-pending': {
    status: 409,
    title: { vi: 'Đang gửi', en: 'Delivery in progress' },
    detail: {
      vi: 'Sự kiện này vẫn đang được gửi; chỉ gửi lại được khi đã gửi xong hoặc đã dừng.',
      en: 'This event is still being delivered; replay it once it is delivered or dead.',
    },
  },
  'case-anonymised': {
    status: 410,
    title: { vi: 'Hồ sơ đã được ẩn danh', en: 'Case anonymised' },
    detail: {
      vi: 'Hồ sơ đã hết thời hạn lưu trữ và được ẩn danh lúc {at}: nội dung báo cáo, biểu mẫu và ghi chú không còn.',
      en: 'The case passed its retention period and was anonymised at {at}: its report, forms and notes are gone.',
    },
  },
  'form-not-available': {
    status: 409,
    title: { vi: 'Chưa lập được biểu mẫu', en: 'Form not available yet' },
    detail: {
      vi: 'Chưa có dữ liệu cho {form}: bước "{step}" của hồ sơ chưa được thực hiện.',
      en: 'Nothing to fill {form} with yet: the case has no "{step}" step.',
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
  'report-area-out-of-scope': {
    status: 403,
    title: { vi: 'Ngoài địa bàn', en: 'Outside your areas' },
    detail: {
      vi: 'Bạn không được xem số liệu của địa bàn {code}.',
      en: 'You may not see the figures of area {code}.',
    },
  },
  'report-year': {
    status: 422,
    title: { vi: 'Năm báo cáo không hợp lệ', en: 'Invalid report year' },
    detail: {
      vi: 'Năm {year} chưa bắt đầu nên chưa có số liệu.',
      en: 'Year {year} has not begun: there are no figures yet.',
    },
  },
  'idempotency-key-invalid': {
    status: 400,
    title: { vi: 'Idempotency-Key không hợp lệ', en: 'Invalid Idempotency-Key' },
    detail: {
      vi: 'Idempotency-Key phải gồm 1 đến 200 ký tự in được, không có dấu cách.',
      en: 'An Idempotency-Key is 1 to 200 printable characters without spaces.',
    },
  },
  'idempotency-key-reused': {
    status: 422,
    title: { vi: 'Idempotency-Key đã dùng cho yêu cầu khác', en: 'Idempotency-Key reused' },
    detail: {
      vi: 'Khóa này đã được dùng cho một yêu cầu có nội dung khác trong 24 giờ qua; hãy dùng khóa mới.',
      en: 'This key was used for a request with another body within 24 hours; use a new key.',
    },
  },
  'idempotency-in-progress': {
    status: 409,
    title: { vi: 'Yêu cầu đang được xử lý', en: 'Request in progress' },
    detail: {
      vi: 'Yêu cầu đầu tiên với khóa này vẫn đang được xử lý; hãy thử lại sau giây lát.',
      en: 'The first request with this key is still being handled; retry in a moment.',
    },
  },
  'precondition-required': {
    status: 428,
    title: { vi: 'Thiếu If-Match', en: 'If-Match required' },
    detail: {
      vi: 'Gửi kèm tiêu đề If-Match với phiên bản (ETag) đã đọc.',
      en: 'Send an If-Match header with the version (ETag) you read.',
    },
  },
  'malformed-if-match': {
    status: 400,
    title: { vi: 'If-Match không hợp lệ', en: 'Malformed If-Match' },
    detail: {
      vi: 'Tiêu đề If-Match phải là phiên bản đã đọc, như trong ETag: "3" (hoặc 3); nhận được: {value}.',
      en: 'The If-Match header must be the version you read, as in the ETag: "3" (or 3); got: {value}.',
    },
  },
  'version-mismatch': {
    status: 412,
    title: { vi: 'Dữ liệu đã thay đổi', en: 'Stale version' },
    detail: {
      vi: 'Hồ sơ đã được người khác cập nhật (phiên bản hiện tại {version}). Hãy tải lại rồi sửa.',
      en: 'Someone else updated the record (current version {version}). Reload, then edit.',
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
  'population-offline': {
    status: 409,
    title: { vi: 'Chưa kết nối trực tuyến', en: 'Not connected online' },
    detail: {
      vi: 'Hệ thống chưa được kết nối trực tuyến với Cơ sở dữ liệu quốc gia về dân cư. Đề nghị quản trị viên cấu hình kết nối.',
      en: 'The system is not connected online to the national population database. Ask an administrator to configure the connection.',
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
  'retention-disabled': {
    status: 409,
    title: { vi: 'Chính sách lưu trữ đang tắt', en: 'Policy disabled' },
    detail: {
      vi: 'Chính sách lưu trữ này đang tắt: hãy bật trước khi áp dụng.',
      en: 'This retention policy is disabled: enable it before applying it.',
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
  'population-unavailable': {
    status: 503,
    title: {
      vi: 'Chưa kết nối được Cơ sở dữ liệu dân cư',
      en: 'The population database cannot be reached',
    },
    detail: {
      vi: 'Chưa kết nối được Cơ sở dữ liệu quốc gia về dân cư; hãy thử lại sau {time}, hoặc nhập danh sách biến động do công an xã cung cấp.',
      en: 'The national population database cannot be reached ({reason}); try again after {time}, or import the list of changes from the commune police.',
    },
  },
  'population-quota': {
    status: 503,
    title: { vi: 'Hết hạn mức tra cứu', en: 'Quota spent' },
    detail: {
      vi: 'Đã dùng hết hạn mức tra cứu Cơ sở dữ liệu quốc gia về dân cư trong ngày; hãy thử lại vào ngày mai.',
      en: 'The day’s quota of requests to the national population database is spent; try again tomorrow.',
    },
  },
  'population-refused': {
    status: 502,
    title: { vi: 'Cơ sở dữ liệu dân cư từ chối yêu cầu', en: 'The population database refused' },
    detail: {
      vi: 'Cơ sở dữ liệu quốc gia về dân cư từ chối yêu cầu. Đề nghị quản trị viên kiểm tra cấu hình kết nối.',
      en: 'The national population database refused the request ({reason}). An administrator must check the connection settings.',
    },
  },
  'population-change-settled': {
    status: 409,
    title: { vi: 'Biến động đã được xử lý', en: 'Change already settled' },
    detail: {
      vi: 'Biến động này đã được xử lý, hoặc danh sách trẻ em đã khớp với nó (trạng thái: {status}).',
      en: 'This change was already dealt with, or the registry already agrees with it (state: {status}).',
    },
  },
  'population-change-destination': {
    status: 422,
    title: { vi: 'Không rõ nơi chuyển đến', en: 'Destination not known' },
    detail: {
      vi: 'Không rõ xã nơi trẻ chuyển đến ({code}), nên không thể chuyển hồ sơ. Hãy bỏ qua biến động và ghi chú lý do.',
      en: 'The commune the child moved to is not known ({code}), so the record cannot be moved. Dismiss the change with a note.',
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
  'method-not-allowed': {
    status: 405,
    title: { vi: 'Phương thức không được hỗ trợ', en: 'Method not allowed' },
    detail: {
      vi: 'Phương thức này không dùng được ở địa chỉ này.',
      en: 'This method is not allowed here.',
    },
  },
  'payload-too-large': {
    status: 413,
    title: { vi: 'Dữ liệu gửi lên quá lớn', en: 'Payload too large' },
    detail: {
      vi: 'Nội dung yêu cầu vượt quá giới hạn cho phép.',
      en: 'The request body is too large.',
    },
  },
  'json-too-deep': {
    status: 400,
    title: { vi: 'Yêu cầu không hợp lệ', en: 'Bad request' },
    detail: {
      vi: 'Nội dung JSON lồng nhau quá sâu (tối đa {max} cấp).',
      en: 'The JSON body is nested too deeply (at most {max} levels).',
    },
  },
  'uri-too-long': {
    status: 414,
    title: { vi: 'Địa chỉ quá dài', en: 'URI too long' },
    detail: {
      vi: 'Địa chỉ yêu cầu dài quá {max} byte; hãy gửi bớt tham số.',
      en: 'The request URI is longer than {max} bytes; send fewer parameters.',
    },
  },
  'headers-too-large': {
    status: 431,
    title: { vi: 'Tiêu đề quá lớn', en: 'Request headers too large' },
    detail: {
      vi: 'Địa chỉ và các tiêu đề của yêu cầu vượt quá {max} byte.',
      en: 'The request URI and headers are larger than {max} bytes.',
    },
  },
  'unsupported-media-type': {
    status: 415,
    title: { vi: 'Định dạng không được hỗ trợ', en: 'Unsupported media type' },
    detail: {
      vi: 'Định dạng nội dung gửi lên không được hỗ trợ.',
      en: 'The request body format is not supported.',
    },
  },
  'rate-limited': {
    status: 429,
    title: { vi: 'Quá nhiều yêu cầu', en: 'Too many requests' },
    detail: {
      vi: 'Bạn đã gửi quá nhiều yêu cầu. Vui lòng thử lại sau.',
      en: 'Too many requests. Please try again later.',
    },
  },
  'internal-error': {
    status: 500,
    title: { vi: 'Lỗi hệ thống', en: 'Internal error' },
    detail: {
      vi: 'Đã xảy ra lỗi không mong muốn. Mã tra cứu: {requestId}.',
      en: 'An unexpected error occurred. Reference: {requestId}.',
    },
  },
  'database-busy': {
    status: 503,
    title: { vi: 'Hệ thống đang bận', en: 'Service busy' },
    detail: {
      vi: 'Hệ thống đang bận nên yêu cầu chưa hoàn tất. Vui lòng thử lại sau {retryAfter} giây.',
      en: 'The service is busy and the request was not completed. Please try again in {retryAfter} seconds.',
    },
  },
  'database-unavailable': {
    status: 503,
    title: { vi: 'Tạm thời không truy cập được dữ liệu', en: 'Database unavailable' },
    detail: {
      vi: 'Không kết nối được cơ sở dữ liệu nên yêu cầu chưa hoàn tất. Vui lòng thử lại sau {retryAfter} giây.',
      en: 'The database cannot be reached and the request was not completed. Please try again in {retryAfter} seconds.',
    },
  },
  'not-ready': {
    status: 503,
    title: { vi: 'Dịch vụ chưa sẵn sàng', en: 'Not ready' },
    detail: { vi: 'Không kết nối được: {components}.', en: 'Not answering: {components}.' },
  },
} satisfies Record<string, { status: number; title: Text; detail: Text }>;

export type ProblemCode = keyof typeof PROBLEMS;

export function fill(template: string, params: Record<string, string | number> = {}): string {
  return template.replace(/\{(\w+)\}/g, (whole, key: string) =>
    key in params ? String(params[key]) : whole,
  );
}

/**
 * Vietnamese for class-validator's constraints. class-validator writes English messages; the
 * numbers and value lists they contain are carried over into the Vietnamese text.
 */
const VALIDATION_VI: Record<string, (englishMessage: string) => string> = {
  isDefined: () => 'Trường này là bắt buộc.',
  isNotNull: () => 'Không được để trống (null).',
  isNotEmpty: () => 'Không được để trống.',
  isString: () => 'Phải là chuỗi ký tự.',
  isInt: () => 'Phải là số nguyên.',
  isNumber: () => 'Phải là số.',
  isBoolean: () => 'Phải là true hoặc false.',
  isArray: () => 'Phải là một danh sách.',
  isObject: () => 'Phải là một đối tượng.',
  isUuid: () => 'Phải là một UUID hợp lệ.',
  isUUID: () => 'Phải là một UUID hợp lệ.',
  isEmail: () => 'Phải là địa chỉ email hợp lệ.',
  isDateString: () => 'Phải là ngày giờ theo ISO 8601.',
  isIso8601: () => 'Phải là ngày giờ theo ISO 8601.',
  isISO8601: () => 'Phải là ngày giờ theo ISO 8601.',
  isIn: (m) => `Phải là một trong các giá trị: ${m.split(': ').slice(1).join(': ')}.`,
  isEnum: (m) => `Phải là một trong các giá trị: ${m.split(': ').slice(1).join(': ')}.`,
  min: (m) => `Không được nhỏ hơn ${numbers(m)[0]}.`,
  max: (m) => `Không được lớn hơn ${numbers(m)[0]}.`,
  minLength: (m) => `Phải có ít nhất ${numbers(m)[0]} ký tự.`,
  maxLength: (m) => `Chỉ được có tối đa ${numbers(m)[0]} ký tự.`,
  isLength: (m) =>
    m.includes('longer than')
      ? `Phải có ít nhất ${numbers(m)[0]} ký tự.`
      : `Chỉ được có tối đa ${numbers(m)[0]} ký tự.`,
  arrayMinSize: (m) => `Phải có ít nhất ${numbers(m)[0]} phần tử.`,
  arrayMaxSize: (m) => `Chỉ được có tối đa ${numbers(m)[0]} phần tử.`,
  matches: () => 'Không đúng định dạng.',
  isDateForm: () => 'Phải là ngày dạng năm-tháng-ngày (yyyy-mm-dd), ví dụ 2026-12-20.',
  isCalendarDate: () => 'Phải là ngày có thật dạng năm-tháng-ngày (yyyy-mm-dd), ví dụ 2026-12-20.',
  isInstant: () => 'Phải là thời điểm theo ISO 8601 có múi giờ, ví dụ 2026-12-20T14:30:00+07:00.',
  isDayOrInstant: () =>
    'Phải là ngày dạng yyyy-mm-dd hoặc thời điểm theo ISO 8601 có múi giờ, ví dụ 2026-12-20 hoặc 2026-12-20T14:30:00+07:00.',
  whitelistValidation: () => 'Trường này không được phép.',
  noNulCharacter: () => 'Không được chứa ký tự NUL.',
  wellFormedText: () => 'Chứa ký tự Unicode không hợp lệ (nửa cặp surrogate UTF-16).',
  'personalId:format': () => 'Số định danh cá nhân phải gồm 12 chữ số.',
  'personalId:birth-year': () => 'Chữ số thế kỷ/năm sinh không khớp với ngày sinh.',
  'personalId:sex': () => 'Chữ số giới tính không khớp với giới tính.',
  'dateOfBirth:future': () => 'Ngày sinh không được sau ngày hôm nay.',
  'dateOfBirth:format': () =>
    'Ngày sinh phải có dạng yyyy-mm-dd, ví dụ 2015-03-02. Nếu chỉ biết năm sinh, ghi ngày 1 tháng 1 của năm đó (2015-01-01) kèm dobPrecision "year".',
  'dateOfBirth:real': () => 'Ngày sinh không phải ngày có thật.',
  unknownCode: (m) => `Không có trong danh mục ${m.slice('not in the list '.length)}.`,
  'import:date': () =>
    'Ngày sinh phải có dạng ngày/tháng/năm (dd/mm/yyyy), yyyy-mm-dd hoặc chỉ năm.',
  'import:caregiver-name': () =>
    'Cần ghi họ tên khi có số định danh hoặc điện thoại của người này.',
  'subCode:parent': () => 'Nhóm con không thuộc nhóm hoàn cảnh đặc biệt đã chọn.',
  'flag:date': () => 'Không phải ngày có thật.',
  'flag:order': () => 'Ngày kết thúc không được trước ngày bắt đầu.',
  'password:too-short': () => 'Mật khẩu phải có ít nhất 10 ký tự.',
  'password:too-long': () => 'Mật khẩu chỉ được có tối đa 128 ký tự.',
  'password:common': () => 'Mật khẩu quá phổ biến, dễ bị đoán.',
  'password:contains-username': () => 'Mật khẩu không được chứa tên đăng nhập.',
  'holiday:year': (m) => `Ngày ${m.split(' ')[0]} không thuộc năm đang sửa.`,
  'holiday:duplicate': (m) => `Ngày ${m.split(' ')[0]} được ghi hai lần.`,
  'holiday:working-day': (m) =>
    `Ngày ${m.split(' ')[0]} là ngày thường: chỉ thứ Bảy hoặc Chủ nhật mới có thể là ngày làm bù.`,
  'case:source': () =>
    'Cần ghi nguồn thông tin, trừ báo cáo do nơi tiếp nhận thông tin (công an, cơ sở giáo dục, cơ sở y tế) ghi nhận.',
  'case:receiving-point-source': (m) =>
    `Nguồn thông tin phải là "${m.split('"')[1]}": nơi tiếp nhận thông tin đã ghi nhận báo cáo này.`,
  'case:level-reason': () => 'Cần ghi lý do thay đổi cấp độ bảo vệ.',
  'case:child': () => 'Không có trẻ em này trong địa bàn của bạn.',
  'case:no-child': () => 'Cần ít nhất một trẻ em (childIds hoặc newChildren).',
  'case:received-future': () => 'Thời điểm tiếp nhận không được ở tương lai.',
  'correction:received-future': () => 'Ngày nhận yêu cầu không được sau ngày hôm nay.',
  'case:commune': () => 'Xã/phường này không thuộc địa bàn của bạn.',
  'case:assignee': () =>
    'Người được phân công phải là người làm công tác bảo vệ trẻ em đang hoạt động tại xã/phường của hồ sơ.',
  'case:future': () => 'Thời điểm này không được ở tương lai.',
  'case:past': () => 'Thời điểm này phải ở tương lai.',
  'case:isolation-end': () =>
    'Thời điểm kết thúc phải sau khi bắt đầu cách ly và không được ở tương lai.',
  'case:extension-too-short': () => 'Thời hạn gia hạn phải sau thời hạn hiện tại.',
  'case:decided-future': () => 'Ngày quyết định không được sau ngày hôm nay.',
  'case:isolation-start': () =>
    'Thời điểm bắt đầu cách ly phải từ khi tiếp nhận thông tin đến chậm nhất 24 giờ sau hiện tại.',
  'case:isolation-days': () =>
    'Thời hạn tạm thời cách ly tối đa không quá 15 ngày (Nghị định 56/2017, Điều 32).',
  'case:isolation-authority': () =>
    'Bắt buộc khi tổng thời gian cách ly quá 15 ngày: cách ly chỉ tiếp tục theo yêu cầu của cơ quan có thẩm quyền (Nghị định 56/2017, Điều 32).',
  'case:not-in-case': () => 'Trẻ em này không thuộc hồ sơ.',
  'case:child-twice': () => 'Trẻ em này đã được ghi ở phần tử khác của danh sách.',
  'case:child-not-heard': () =>
    'Trẻ em từ đủ 7 tuổi trở lên: cần ghi việc trẻ được lấy ý kiến và ý kiến của trẻ (Luật Trẻ em, Điều 34).',
  'case:child-consent': () =>
    'Trẻ em từ đủ 7 tuổi trở lên: cần ghi trẻ có đồng ý với kế hoạch và việc chia sẻ thông tin hay không.',
  'case:representative-consent': () =>
    'Cần ghi cha mẹ, người giám hộ của trẻ có đồng ý với kế hoạch và việc chia sẻ thông tin hay không, hoặc lý do không hỏi được ý kiến.',
  'case:criterion-not-met': () =>
    'Tiêu chí này chưa đạt nên chưa thể đề xuất đóng hồ sơ (Nghị định 56/2017, Điều 30).',
  'case:action-organization': () =>
    'Cần ghi cơ quan, tổ chức chịu trách nhiệm (organizationId hoặc organizationName).',
  'case:organization': () => 'Không có cơ quan, tổ chức đang hoạt động mang mã này.',
  'case:action-reason': () =>
    'Lý do chỉ ghi, và bắt buộc ghi, khi hoạt động không thực hiện được (not_done).',
  'referral:organization': () =>
    'Cơ quan, tổ chức nhận phải đang hoạt động và khác cơ quan của bạn.',
  'referral:shared-field': () => 'Không phải là trường thông tin được phép chia sẻ.',
  'referral:plan-action': () =>
    'Phải là một hoạt động chưa hoàn thành của kế hoạch hiện hành của hồ sơ.',
  'referral:plan-action-referred': () =>
    'Hoạt động này đang được chuyển gửi. Chỉ chuyển gửi lại khi yêu cầu đó đã hoàn thành, bị từ chối hoặc bị hủy.',
  'referral:assignee': () => 'Người xử lý phải là cán bộ đang hoạt động của cơ quan, tổ chức nhận.',
  'child:verified': () =>
    'Trường này đã khớp với Cơ sở dữ liệu quốc gia về dân cư; muốn sửa cần ghi lý do (reason).',
  'verification:differs': () =>
    'Chỉ nhận được giá trị của các trường khác với Cơ sở dữ liệu quốc gia về dân cư.',
  'verification:note': () =>
    'Cần ghi lý do giữ nguyên thông tin của hồ sơ khi không nhận giá trị của Cơ sở dữ liệu quốc gia về dân cư.',
  'verification:disputed': () =>
    'Hồ sơ đã được ghi nhận là có ý kiến khác: chỉ còn cách nhận mọi giá trị còn khác, hoặc sửa hồ sơ.',
  nestedValidation: () => 'Phải là một đối tượng hợp lệ.',
};

/** Why a check run against the population database waits or failed (`{time}`: Vietnam time). */
export const POPULATION_RUN_MESSAGES = {
  unavailable: {
    vi: 'Chưa kết nối được Cơ sở dữ liệu quốc gia về dân cư; việc đối chiếu sẽ tự tiếp tục lúc {time}.',
    en: 'The national population database could not be reached ({reason}); the run goes on by itself at {time}.',
  },
  quota: {
    vi: 'Đã dùng hết hạn mức tra cứu trong ngày; việc đối chiếu sẽ tự tiếp tục lúc {time}.',
    en: 'The day’s quota of lookups is spent; the run goes on by itself at {time}.',
  },
  refused: {
    vi: 'Cơ sở dữ liệu quốc gia về dân cư từ chối yêu cầu. Đề nghị quản trị viên kiểm tra cấu hình kết nối.',
    en: 'The national population database refused the request ({reason}). An administrator must check the connection settings.',
  },
  offline: {
    vi: 'Hệ thống chưa được kết nối trực tuyến với Cơ sở dữ liệu quốc gia về dân cư.',
    en: 'The system is not connected online to the national population database.',
  },
} as const;

function numbers(message: string): string[] {
  return message.match(/-?\d+(\.\d+)?/g) ?? [''];
}

export function validationMessage(constraint: string, english: string, language: Language): string {
  if (language === 'en') return english;
  return VALIDATION_VI[constraint]?.(english) ?? 'Giá trị không hợp lệ.';
}

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
} satisfies Record<string, Text>;

export type ImportRowMessage = keyof typeof IMPORT_ROW_MESSAGES;

/** Why a row of the population database's answer file was not taken (population/exchange-file.ts). */
export const EXCHANGE_ROW_MESSAGES = {
  'no-id': {
    vi: 'Dòng không có mã hồ sơ (cột “Mã hồ sơ (ID)”): hãy dùng tệp xuất từ hệ thống.',
    en: 'The row has no record id (column “Mã hồ sơ (ID)”): use the file the system exported.',
  },
  'id-not-found': {
    vi: 'Không có hồ sơ mã {id} trong địa bàn của bạn.',
    en: 'No record {id} in your areas.',
  },
  result: {
    vi: 'Kết quả đối chiếu “{value}” không hợp lệ; ghi Khớp, Sai khác hoặc Không tìm thấy.',
    en: 'The result “{value}” is not one; write Khớp, Sai khác or Không tìm thấy.',
  },
  'database-value': {
    vi: 'Cột “{column}”: không đọc được “{value}”.',
    en: 'Column “{column}”: “{value}” cannot be read.',
  },
  duplicate: {
    vi: 'Hồ sơ {id} đã có kết quả ở dòng {row}: mỗi hồ sơ chỉ ghi nhận một dòng.',
    en: 'Record {id} already has its result on row {row}: one row is recorded per record.',
  },
  changed: {
    vi: 'Hồ sơ {id} đã được sửa sau khi xuất tệp (hoặc dòng này đã bị sửa): hãy xuất lại tệp để đối chiếu.',
    en: 'Record {id} changed after the file was exported (or this row was edited): export the file again to check it.',
  },
} satisfies Record<string, Text>;

export type ExchangeRowMessage = keyof typeof EXCHANGE_ROW_MESSAGES;

/** Why a row of the police's list of births and moves was not read. */
export const CHANGE_ROW_MESSAGES = {
  missing: {
    vi: 'Cột “{column}” để trống.',
    en: 'Column “{column}” is empty.',
  },
  kind: {
    vi: 'Loại biến động “{value}” không hợp lệ; ghi Đăng ký khai sinh, Chuyển đến hoặc Chuyển đi.',
    en: 'The kind “{value}” is not one; write Đăng ký khai sinh, Chuyển đến or Chuyển đi.',
  },
  date: {
    vi: 'Cột “{column}”: “{value}” không phải một ngày; ghi ngày/tháng/năm như 02/03/2026.',
    en: 'Column “{column}”: “{value}” is not a day; write day/month/year as 02/03/2026.',
  },
  'personal-id': {
    vi: 'Cột “{column}”: “{value}” không phải số định danh cá nhân (đúng 12 chữ số).',
    en: 'Column “{column}”: “{value}” is not a personal ID (exactly 12 digits).',
  },
  sex: {
    vi: 'Cột “{column}”: “{value}” không hợp lệ; ghi Nam hoặc Nữ.',
    en: 'Column “{column}”: “{value}” is not one; write Nam or Nữ.',
  },
  commune: {
    vi: 'Cột “{column}”: “{value}” không phải mã xã (5 chữ số).',
    en: 'Column “{column}”: “{value}” is not a commune code (5 digits).',
  },
  duplicate: {
    vi: 'Trùng với dòng {row}: cùng trẻ, cùng loại biến động, cùng ngày.',
    en: 'The same as row {row}: the same child, kind and day.',
  },
} satisfies Record<string, Text>;

export type ChangeRowMessage = keyof typeof CHANGE_ROW_MESSAGES;

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
