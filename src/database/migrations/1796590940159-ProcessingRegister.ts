import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The processing register (Law 91/2025; issue 25), seeded with this system's activities.
 */
export class ProcessingRegister1796590940159 implements MigrationInterface {
  name = 'ProcessingRegister1796590940159';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'CREATE TABLE "processing_activities" ("code" character varying(40) NOT NULL, "position" integer NOT NULL, "name" text NOT NULL, "purpose" text NOT NULL, "legal_basis" text NOT NULL, "data_subjects" text NOT NULL, "data_categories" text NOT NULL, "sensitive_categories" text NOT NULL, "recipients" text NOT NULL, "transfers_abroad" text NOT NULL, "retention" text NOT NULL, "safeguards" text NOT NULL, "updated_by" uuid, "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_02127eb12a31cc3d2da41559f6b" PRIMARY KEY ("code"))',
    );
    await queryRunner.query(
      `INSERT INTO processing_activities
         (code, position, name, purpose, legal_basis, data_subjects, data_categories,
          sensitive_categories, recipients, transfers_abroad, retention, safeguards)
       SELECT code, position, name, purpose, "legalBasis", "dataSubjects", "dataCategories",
              "sensitiveCategories", recipients, "transfersAbroad", retention, safeguards
       FROM jsonb_to_recordset($1::jsonb) AS a(code text, position int, name text, purpose text,
         "legalBasis" text, "dataSubjects" text, "dataCategories" text,
         "sensitiveCategories" text, recipients text, "transfersAbroad" text, retention text,
         safeguards text)`,
      [JSON.stringify(ACTIVITIES)],
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP TABLE "processing_activities"');
  }
}

/** This system's processing activities, a draft for the deployment's data controller to review. */
const ACTIVITIES = [
  {
    code: 'child-registry',
    position: 1,
    name: 'Quản lý thông tin trẻ em trên địa bàn xã',
    purpose:
      'Nắm tình hình trẻ em, trẻ em có hoàn cảnh đặc biệt và trẻ em có nguy cơ để thực hiện quyền trẻ em và các chương trình, kế hoạch bảo vệ trẻ em.',
    legalBasis:
      'Luật Trẻ em 2016; Nghị định 56/2017/NĐ-CP; thực hiện nhiệm vụ của cơ quan nhà nước theo Luật Bảo vệ dữ liệu cá nhân 2025.',
    dataSubjects:
      'Trẻ em dưới 16 tuổi cư trú trên địa bàn xã; cha, mẹ, người giám hộ, người chăm sóc trẻ.',
    dataCategories:
      'Họ tên, ngày sinh, giới tính, dân tộc, số định danh cá nhân, nơi cư trú; họ tên, số định danh, số điện thoại của cha, mẹ, người chăm sóc; tình trạng đi học; hoàn cảnh đặc biệt, yếu tố nguy cơ; ghi chú.',
    sensitiveCategories:
      'Khuyết tật, sức khỏe, nhiễm HIV, sử dụng ma túy, vi phạm pháp luật, bị xâm hại (qua hoàn cảnh đặc biệt và yếu tố nguy cơ).',
    recipients:
      'Cán bộ văn hóa - xã hội cấp xã; người làm công tác bảo vệ trẻ em; Chủ tịch UBND xã; cán bộ cấp tỉnh trong phạm vi giám sát; số liệu tổng hợp (ẩn số nhỏ) cho thống kê.',
    transfersAbroad: 'Không.',
    retention:
      'Đến hết thời hạn của chính sách lưu trữ hồ sơ trẻ em (mặc định 2 năm sau khi trẻ đủ 16 tuổi, trừ khi còn vụ việc chưa kết thúc); sau đó ẩn danh.',
    safeguards:
      'Phân quyền theo vai trò và địa bàn; nhật ký truy cập không sửa được (chuỗi băm); xác thực hai lớp cho người phê duyệt; mã hóa đường truyền.',
  },
  {
    code: 'case-management',
    position: 2,
    name: 'Quản lý trường hợp bảo vệ trẻ em',
    purpose:
      'Tiếp nhận thông tin, đánh giá, lập và thực hiện kế hoạch hỗ trợ, can thiệp cho trẻ em bị xâm hại hoặc có nguy cơ theo ba cấp độ phòng ngừa, hỗ trợ, can thiệp.',
    legalBasis:
      'Luật Trẻ em 2016 (Điều 47–50); Nghị định 56/2017/NĐ-CP; thực hiện nhiệm vụ của cơ quan nhà nước theo Luật Bảo vệ dữ liệu cá nhân 2025; bảo vệ tính mạng, sức khỏe của trẻ trong tình huống khẩn cấp.',
    dataSubjects:
      'Trẻ em được báo cáo; người báo tin; cha, mẹ, người chăm sóc; người bị nghi gây hại.',
    dataCategories:
      'Thông tin trẻ em như hồ sơ trẻ em; nội dung tin báo; đánh giá, kế hoạch, biên bản; ý kiến của trẻ và gia đình; quyết định của Chủ tịch UBND.',
    sensitiveCategories:
      'Bị xâm hại (kể cả xâm hại tình dục), sức khỏe thể chất và tinh thần, vi phạm pháp luật.',
    recipients:
      'Người làm công tác bảo vệ trẻ em được giao; Chủ tịch UBND xã; cơ quan, tổ chức được chuyển gửi (xem hoạt động chuyển gửi).',
    transfersAbroad: 'Không.',
    retention:
      'Trong thời gian xử lý và sau khi kết thúc theo chính sách lưu trữ hồ sơ trường hợp (chưa áp dụng: đang xây dựng).',
    safeguards:
      'Nội dung tin báo, ghi chép mã hóa khi lưu; danh tính người báo tin được bảo vệ; phân quyền theo người được giao; nhật ký truy cập.',
  },
  {
    code: 'referrals',
    position: 3,
    name: 'Chuyển gửi giữa các cơ quan',
    purpose:
      'Phối hợp công an, y tế, giáo dục, tư pháp, cơ sở trợ giúp xã hội trong hỗ trợ, can thiệp cho trẻ.',
    legalBasis: 'Luật Trẻ em 2016; Nghị định 56/2017/NĐ-CP (phối hợp liên ngành).',
    dataSubjects: 'Trẻ em có trường hợp đang xử lý.',
    dataCategories:
      'Những thông tin cần cho cơ quan nhận để thực hiện việc được chuyển gửi (tối thiểu cần thiết).',
    sensitiveCategories: 'Tùy việc chuyển gửi: sức khỏe, bị xâm hại, vi phạm pháp luật.',
    recipients:
      'Cơ quan công an, y tế, giáo dục, tư pháp, trung tâm công tác xã hội được chuyển gửi; hệ thống của họ qua webhook có ký.',
    transfersAbroad: 'Không.',
    retention: 'Theo hồ sơ trường hợp.',
    safeguards: 'Chỉ chia sẻ các trường cần thiết; webhook ký HMAC; nhật ký gửi, nhận.',
  },
  {
    code: 'population-database',
    position: 4,
    name: 'Đối chiếu với Cơ sở dữ liệu quốc gia về dân cư',
    purpose:
      'Làm sạch dữ liệu: xác thực họ tên, ngày sinh, giới tính, số định danh của trẻ; cập nhật trẻ mới sinh, chuyển đến, chuyển đi.',
    legalBasis: 'Luật Căn cước 2023; Đề án 06; Luật Trẻ em 2016.',
    dataSubjects: 'Trẻ em trong danh sách trẻ em của xã.',
    dataCategories: 'Họ tên, ngày sinh, giới tính, số định danh cá nhân; biến động cư trú.',
    sensitiveCategories: 'Không.',
    recipients:
      'Dịch vụ chia sẻ dữ liệu của Cơ sở dữ liệu quốc gia về dân cư; công an xã (đối chiếu qua tệp).',
    transfersAbroad: 'Không.',
    retention: 'Kết quả đối chiếu lưu cùng hồ sơ trẻ em và theo thời hạn của hồ sơ.',
    safeguards:
      'Kết nối xác thực (chứng thư, TLS hai chiều), hạn mức tra cứu; nhật ký việc xuất tệp.',
  },
  {
    code: 'statistics',
    position: 5,
    name: 'Thống kê, báo cáo theo kế hoạch của Chính phủ',
    purpose: 'Báo cáo chỉ tiêu, số liệu bảo vệ trẻ em theo Thông tư 13/2021 và các kế hoạch.',
    legalBasis: 'Luật Trẻ em 2016; Luật Thống kê; các chương trình, kế hoạch bảo vệ trẻ em.',
    dataSubjects: 'Trẻ em trong danh sách và trong các trường hợp.',
    dataCategories: 'Số liệu tổng hợp, không có thông tin định danh.',
    sensitiveCategories: 'Số liệu tổng hợp về các nhóm nhạy cảm; số nhỏ được ẩn.',
    recipients: 'UBND các cấp, Sở, Bộ theo báo cáo định kỳ.',
    transfersAbroad: 'Không.',
    retention: 'Theo quy định lưu trữ báo cáo.',
    safeguards: 'Chỉ số liệu tổng hợp; ẩn ô nhỏ hơn ngưỡng.',
  },
  {
    code: 'accounts-audit',
    position: 6,
    name: 'Tài khoản người dùng và nhật ký truy cập',
    purpose: 'Xác thực người dùng, phân quyền và truy vết ai đã xem, sửa dữ liệu.',
    legalBasis:
      'Luật Bảo vệ dữ liệu cá nhân 2025 (trách nhiệm chứng minh tuân thủ); an toàn thông tin.',
    dataSubjects: 'Cán bộ, người dùng hệ thống.',
    dataCategories:
      'Họ tên, tên đăng nhập, cơ quan, vai trò, địa bàn; thời điểm, thao tác, địa chỉ IP.',
    sensitiveCategories: 'Không.',
    recipients: 'Quản trị hệ thống; cán bộ cấp tỉnh đọc nhật ký trong phạm vi.',
    transfersAbroad: 'Không.',
    retention: 'Nhật ký lưu lâu dài để chứng minh tuân thủ.',
    safeguards:
      'Mật khẩu băm; xác thực hai lớp; nhật ký chỉ thêm, có chuỗi băm và kiểm tra toàn vẹn.',
  },
];
