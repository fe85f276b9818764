#include "forms/FormWording.h"

namespace motcua {

FormWording FormWording::standard(FormKind kind)
{
    FormWording w;
    w.nation = QStringLiteral("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM");
    w.motto = QStringLiteral("Độc lập - Tự do - Hạnh phúc");
    w.placeDate = QStringLiteral("%1, ngày %2 tháng %3 năm %4");
    w.copyLabels[0] = QStringLiteral("Liên 1: Lưu tại Bộ phận tiếp nhận và trả kết quả");
    w.copyLabels[1] = QStringLiteral("Liên 2: Giao người nộp hồ sơ");
    w.codeLabel = QStringLiteral("Mã hồ sơ:");
    w.lookupCaption = QStringLiteral("Quét mã để tra cứu hồ sơ");
    w.intro = QStringLiteral("Bộ phận tiếp nhận và trả kết quả của %1 tiếp nhận hồ sơ của:");
    w.applicantLabel = QStringLiteral("Ông/Bà:");
    w.addressLabel = QStringLiteral("Địa chỉ:");
    w.phoneLabel = QStringLiteral("Số điện thoại:");
    w.emailLabel = QStringLiteral("Email:");
    w.citizenIdLabel = QStringLiteral("Số định danh cá nhân (CCCD):");
    w.organisationIdLabel = QStringLiteral("Mã số thuế/Số đăng ký:");
    w.procedureLabel = QStringLiteral("Nội dung yêu cầu giải quyết: %1 (mã thủ tục %2)");
    w.columnNumber = QStringLiteral("STT");
    w.columnComponent = QStringLiteral("Tên giấy tờ");
    w.columnOriginals = QStringLiteral("Bản chính");
    w.columnCertified = QStringLiteral("Bản sao chứng thực");
    w.columnPhotocopies = QStringLiteral("Bản photo");
    w.columnReason = QStringLiteral("Nội dung, lý do cần bổ sung, hoàn thiện");
    w.unitWorkingDays = QStringLiteral("ngày làm việc");
    w.unitWorkingHours = QStringLiteral("giờ làm việc");
    w.unitCalendarDays = QStringLiteral("ngày");
    w.currency = QStringLiteral("đồng");
    w.signatureHint = QStringLiteral("(Ký và ghi rõ họ tên)");
    w.contactText = QStringLiteral("Trong quá trình hoàn thiện hồ sơ nếu có vướng mắc, ông/bà liên hệ %1, số điện "
                                   "thoại %2 để được hướng dẫn.");

    switch (kind) {
    case FormKind::Receipt:
        w.formLabel = QStringLiteral("Mẫu số 01");
        w.title = QStringLiteral("GIẤY TIẾP NHẬN HỒ SƠ VÀ HẸN TRẢ KẾT QUẢ");
        w.componentsHeading = QStringLiteral("1. Thành phần hồ sơ nộp gồm:");
        w.setsLine = QStringLiteral("2. Số lượng hồ sơ: %1 bộ");
        w.statutoryLine = QStringLiteral("3. Thời gian giải quyết hồ sơ theo quy định: %1");
        w.receivedLine = QStringLiteral("4. Thời gian nhận hồ sơ: %1");
        w.appointmentLine = QStringLiteral("5. Thời gian trả kết quả giải quyết hồ sơ: %1");
        w.collectLine = QStringLiteral("6. Nơi nhận kết quả: %1");
        w.feesLine = QStringLiteral("7. Phí, lệ phí: %1");
        w.noFees = QStringLiteral("không thu");
        w.leftSignature = QStringLiteral("NGƯỜI NỘP HỒ SƠ");
        w.rightSignature = QStringLiteral("NGƯỜI TIẾP NHẬN HỒ SƠ");
        break;
    case FormKind::Supplement:
        w.formLabel = QStringLiteral("Mẫu số 02");
        w.title = QStringLiteral("PHIẾU YÊU CẦU BỔ SUNG, HOÀN THIỆN HỒ SƠ");
        w.receivedLine = QStringLiteral("Thời gian nhận hồ sơ: %1");
        w.supplementText = QStringLiteral("Sau khi xem xét, đối chiếu thành phần hồ sơ, đề nghị ông/bà bổ sung, "
                                          "hoàn thiện hồ sơ gồm những nội dung sau:");
        w.closing = QStringLiteral("Xin trân trọng cảm ơn!");
        w.leftSignature = QStringLiteral("NGƯỜI NỘP HỒ SƠ");
        w.rightSignature = QStringLiteral("NGƯỜI HƯỚNG DẪN");
        break;
    case FormKind::Refusal:
        w.formLabel = QStringLiteral("Mẫu số 03");
        w.title = QStringLiteral("PHIẾU TỪ CHỐI TIẾP NHẬN GIẢI QUYẾT HỒ SƠ");
        w.receivedLine = QStringLiteral("Thời gian nhận hồ sơ: %1");
        w.refusalText = QStringLiteral("Sau khi xem xét, đối chiếu thành phần hồ sơ, %1 từ chối tiếp nhận, giải "
                                       "quyết hồ sơ này với lý do cụ thể như sau:");
        w.closing = QStringLiteral("Xin thông báo để ông/bà được biết và thực hiện.");
        w.rightSignature = QStringLiteral("NGƯỜI TIẾP NHẬN HỒ SƠ");
        break;
    }
    return w;
}

} // namespace motcua
