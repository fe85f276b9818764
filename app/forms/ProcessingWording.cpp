#include "forms/ProcessingWording.h"

namespace motcua {

ProcessingWording ProcessingWording::standard()
{
    ProcessingWording w;
    w.nation = QStringLiteral("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM");
    w.motto = QStringLiteral("Độc lập - Tự do - Hạnh phúc");
    w.placeDate = QStringLiteral("%1, ngày %2 tháng %3 năm %4");
    w.signatureHint = QStringLiteral("(Ký và ghi rõ họ tên)");
    w.counterName = QStringLiteral("Bộ phận tiếp nhận và trả kết quả");

    w.apologyLabel = QStringLiteral("Mẫu số 04");
    w.apologyTitle = QStringLiteral("PHIẾU XIN LỖI VÀ HẸN LẠI NGÀY TRẢ KẾT QUẢ");
    w.apologyAddressee = QStringLiteral("Kính gửi: Ông/Bà %1");
    w.apologyOpening = QStringLiteral("%1 xin lỗi Ông/Bà về việc trả kết quả giải quyết hồ sơ chậm so với thời hạn "
                                      "đã hẹn.");
    w.apologyReceived = QStringLiteral("Ngày %1, %2 tiếp nhận giải quyết hồ sơ đề nghị %3, mã hồ sơ %4.");
    w.apologyOld = QStringLiteral("Thời gian hẹn trả kết quả giải quyết hồ sơ: %1.");
    w.apologyNotYet = QStringLiteral("Tuy nhiên, đến nay %1 chưa trả kết quả giải quyết hồ sơ cho Ông/Bà.");
    w.apologyReason = QStringLiteral("Lý do: %1");
    w.apologyRegret = QStringLiteral("Sự chậm trễ này đã gây phiền hà, tốn kém chi phí đi lại của Ông/Bà. %1 xin lỗi "
                                     "Ông/Bà và hẹn trả kết quả vào:");
    w.apologyNew = QStringLiteral("%1");
    w.apologyClosing = QStringLiteral("Xin trân trọng cảm ơn!");
    w.apologySignature = QStringLiteral("THỦ TRƯỞNG CƠ QUAN, ĐƠN VỊ");

    w.slipLabel = QStringLiteral("Mẫu số 05");
    w.slipTitle = QStringLiteral("PHIẾU KIỂM SOÁT QUÁ TRÌNH GIẢI QUYẾT HỒ SƠ");
    w.slipAttached = QStringLiteral("(Kèm theo Giấy tiếp nhận hồ sơ và hẹn trả kết quả, mã hồ sơ: %1)");
    w.slipApplicant = QStringLiteral("Người nộp hồ sơ:");
    w.slipProcedure = QStringLiteral("Thủ tục: %1 (mã %2)");
    w.slipReceived = QStringLiteral("Thời gian nhận hồ sơ: %1");
    w.slipAppointment = QStringLiteral("Thời gian hẹn trả kết quả: %1");
    w.slipColumnAgency = QStringLiteral("TÊN CƠ QUAN");
    w.slipColumnTimes = QStringLiteral("THỜI GIAN GIAO, NHẬN HỒ SƠ");
    w.slipColumnResult = QStringLiteral("KẾT QUẢ GIẢI QUYẾT HỒ SƠ (Trước hạn/đúng hạn/quá hạn)");
    w.slipColumnNotes = QStringLiteral("GHI CHÚ");
    w.slipHanded = QStringLiteral("Giao: %1");
    w.slipTaken = QStringLiteral("Nhận: %1");
    w.slipHandedAt = QStringLiteral("Giao lúc %1\nNgười giao: %2");
    w.slipTakenAt = QStringLiteral("Nhận lúc %1\nNgười nhận: %2");
    w.slipNotTaken = QStringLiteral("Chưa nhận");
    w.slipFinished = QStringLiteral("Kết thúc xử lý lúc %1: %2");
    w.slipReturned = QStringLiteral("Trả kết quả lúc %1 cho %2");
    w.early = QStringLiteral("Trước hạn");
    w.onTime = QStringLiteral("Đúng hạn");
    w.late = QStringLiteral("Quá hạn");

    w.ledgerLabel = QStringLiteral("Mẫu số 06");
    w.ledgerTitle = QStringLiteral("SỔ THEO DÕI HỒ SƠ");
    w.ledgerRange = QStringLiteral("Từ ngày %1 đến ngày %2");
    const char16_t* columns[13] = {u"STT",
                                   u"Mã hồ sơ",
                                   u"Tên thủ tục hành chính",
                                   u"Số lượng hồ sơ (bộ)",
                                   u"Tên cá nhân, tổ chức",
                                   u"Địa chỉ",
                                   u"Số điện thoại",
                                   u"Nhận hồ sơ",
                                   u"Hẹn trả kết quả",
                                   u"Ngày trả kết quả",
                                   u"Ký nhận kết quả",
                                   u"Cán bộ tiếp nhận",
                                   u"Ghi chú"};
    for (int i = 0; i < 13; ++i)
        w.ledgerColumns[i] = QString::fromUtf16(columns[i]);
    w.ledgerTotal = QStringLiteral("Tổng số: %1 hồ sơ");
    const char16_t* statuses[11] = {u"",           u"Mới đăng ký",     u"Được tiếp nhận",     u"Không được tiếp nhận",
                                    u"Đang xử lý", u"Yêu cầu bổ sung", u"Nghĩa vụ tài chính", u"Rút hồ sơ",
                                    u"Dừng xử lý", u"Đã xử lý xong",   u"Đã trả kết quả"};
    for (int i = 0; i < 11; ++i)
        w.statusNames[i] = QString::fromUtf16(statuses[i]);
    return w;
}

} // namespace motcua
