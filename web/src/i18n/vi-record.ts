import { addVietnamese } from '.';

/**
 * Vietnamese of the record's panels past the record itself (the support the child receives) and
 * of the support's import: loaded with the record's page and the import's, so that sign-in and the
 * children list load less.
 */
export const viRecord = {
  'support.title': 'Hỗ trợ trẻ em nhận được',
  'support.intro':
    'Trợ cấp xã hội, thẻ bảo hiểm y tế, miễn giảm học phí, học bổng, quà tặng… mà trẻ em nhận được: được tính là trẻ em được trợ giúp trong số liệu thống kê.',
  'support.none': 'Chưa ghi nhận hỗ trợ nào.',
  'support.since': 'Từ {from}, đang nhận',
  'support.on': 'Ngày {day}',
  'support.between': 'Từ {from} đến {to}',
  'support.amountOf': '{amount} đồng',
  'support.provider.state': 'Nhà nước',
  'support.provider.organization': 'Tổ chức',
  'support.provider.donor': 'Nhà tài trợ',
  'support.providerNamed': '{provider}: {name}',
  'support.remove': 'Xóa',
  'support.removeConfirm': 'Xóa hỗ trợ ghi nhận nhầm này? Nhật ký hệ thống vẫn lưu việc xóa.',
  'support.cancel': 'Hủy',
  'support.new': 'Ghi nhận hỗ trợ mới',
  'support.kind': 'Loại hỗ trợ',
  'support.provider': 'Bên hỗ trợ',
  'support.providerName': 'Tên tổ chức, nhà tài trợ',
  'support.startsOn': 'Từ ngày',
  'support.endsOn': 'Đến ngày',
  'support.endsOnHelp': 'Để trống nếu trẻ vẫn đang nhận; hỗ trợ một lần: ghi cùng ngày.',
  'support.amount': 'Số tiền (đồng)',
  'support.programme': 'Chương trình, đề án',
  'support.record': 'Ghi nhận hỗ trợ',
  'injury.title': 'Tai nạn, thương tích',
  'injury.intro':
    'Đuối nước, tai nạn giao thông, bỏng, ngã, ngộ độc… trẻ em gặp phải: được thống kê riêng, không tính là yếu tố nguy cơ.',
  'injury.none': 'Chưa ghi nhận tai nạn, thương tích nào.',
  'injury.removeConfirm':
    'Xóa tai nạn, thương tích ghi nhận nhầm này? Nhật ký hệ thống vẫn lưu việc xóa.',
  'injury.new': 'Ghi nhận tai nạn, thương tích',
  'injury.kind': 'Loại tai nạn, thương tích',
  'injury.occurredOn': 'Ngày xảy ra',
  'injury.place': 'Nơi xảy ra',
  'injury.outcome': 'Kết quả',
  'injury.outcome.recovered': 'Đã khỏi',
  'injury.outcome.lasting_harm': 'Để lại di chứng',
  'injury.outcome.died': 'Tử vong',
  'injury.outcome.unknown': 'Chưa rõ',
  'injury.description': 'Diễn biến, chăm sóc',
  'injury.record': 'Ghi nhận',
  'history.injuryRegistered': 'Chuyển tai nạn, thương tích sang sổ tai nạn, thương tích',
  'importSupports.choice': 'Nhập',
  'importSupports.children': 'Danh sách trẻ em',
  'importSupports.supports': 'Hỗ trợ trẻ em nhận được',
  'importSupports.title': 'Nhập hỗ trợ trẻ em nhận được từ Excel',
  'importSupports.intro':
    'Nhập danh sách trợ cấp xã hội, thẻ bảo hiểm y tế, học bổng, quà tặng… của nhiều trẻ em cùng lúc từ một tệp .xlsx hoặc .csv theo tệp mẫu. Tệp luôn được kiểm tra thử trước; chưa có gì được ghi cho đến khi bạn chọn “Nhập vào sổ”.',
  'importSupports.templateHelp':
    'Mỗi khoản hỗ trợ ghi một dòng: trẻ nào (mã hồ sơ, số định danh cá nhân, hoặc họ tên và ngày sinh), loại hỗ trợ, nguồn hỗ trợ, từ ngày, đến ngày, số tiền. Nhập lại cùng khoản hỗ trợ (cùng trẻ, cùng loại, cùng ngày bắt đầu) chỉ cập nhật phần khác đi, như ngày kết thúc.',
  'importSupports.templateName': 'mau-nhap-ho-tro-tre-em.xlsx',
  'importSupports.file': 'Tệp hỗ trợ trẻ em (.xlsx hoặc .csv)',
  'importSupports.reportName': 'bao-cao-nhap-ho-tro-tre-em.xlsx',
  'importSupports.readyAll':
    'Mọi dòng đều hợp lệ. Nhập vào sổ sẽ thêm mới {created} và cập nhật {updated} khoản hỗ trợ.',
  'importSupports.readyWithErrors':
    '{rejected} dòng bị lỗi sẽ không được nhập. Bạn có thể sửa bảng tính rồi chọn lại tệp để kiểm tra lần nữa, hoặc nhập ngay các dòng hợp lệ: thêm mới {created} và cập nhật {updated} khoản hỗ trợ.',
} as const;

addVietnamese(viRecord);
