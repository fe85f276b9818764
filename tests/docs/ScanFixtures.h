#pragma once

// Pages that look like what a counter scans, drawn in the test so no binary fixture is kept:
// a printed administrative paper (grey paper with grain, a title, lines of text, a table and
// a stamp), an empty page with the grain of paper, bleed-through and dust, and files of the
// formats clerks import.

#include <QByteArray>
#include <QDataStream>
#include <QFont>
#include <QImage>
#include <QPainter>
#include <QRandomGenerator>
#include <QString>
#include <QtEndian>

#include <cstring>
#include <iterator>

namespace scanfixtures {

inline int mmToPx(double mm, int dpi)
{
    return static_cast<int>(mm / 25.4 * dpi + 0.5);
}

// Adds the grain of paper and of the scanner's sensor: +-`amplitude` around each pixel. A
// small xorshift generator: millions of pixels, and the same grain for the same seed.
inline void addGrain(QImage* grey, int amplitude, quint32 seed)
{
    quint32 state = seed * 2654435761u + 1u;
    const int span = 2 * amplitude + 1;
    for (int y = 0; y < grey->height(); ++y) {
        uchar* line = grey->scanLine(y);
        for (int x = 0; x < grey->width(); ++x) {
            state ^= state << 13;
            state ^= state >> 17;
            state ^= state << 5;
            const int v = line[x] + static_cast<int>((state >> 8) % static_cast<quint32>(span)) - amplitude;
            line[x] = static_cast<uchar>(v < 0 ? 0 : v > 255 ? 255 : v);
        }
    }
}

// An A4 page (portrait) of `lines` lines of Vietnamese administrative text at `dpi`, grey.
inline QImage textPage(int dpi = 200, int lines = 42, quint32 seed = 1)
{
    QImage rgb(mmToPx(210, dpi), mmToPx(297, dpi), QImage::Format_RGB32);
    rgb.fill(QColor(236, 236, 236));
    QPainter p(&rgb);
    p.setRenderHint(QPainter::Antialiasing);
    p.setRenderHint(QPainter::TextAntialiasing);
    const int left = mmToPx(25, dpi), right = rgb.width() - mmToPx(20, dpi);
    QFont title(QStringLiteral("Noto Serif"));
    title.setPixelSize(mmToPx(5, dpi));
    title.setBold(true);
    p.setFont(title);
    p.setPen(QColor(30, 30, 30));
    p.drawText(QRect(left, mmToPx(20, dpi), right - left, mmToPx(8, dpi)), Qt::AlignCenter,
               QString::fromUtf8("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"));
    p.drawText(QRect(left, mmToPx(30, dpi), right - left, mmToPx(8, dpi)), Qt::AlignCenter,
               QString::fromUtf8("ĐƠN ĐỀ NGHỊ CẤP GIẤY PHÉP"));
    QFont body(QStringLiteral("Noto Serif"));
    body.setPixelSize(mmToPx(4.2, dpi)); // 12 pt
    p.setFont(body);
    const QString words = QString::fromUtf8(
        "Kính gửi Sở Tư pháp tỉnh Kon Tum. Tôi tên là Nguyễn Văn An, sinh ngày 12 tháng 4 năm 1985, "
        "thường trú tại tổ 3 phường Quyết Thắng, đề nghị được cấp giấy phép theo quy định của pháp luật "
        "hiện hành và cam đoan những nội dung kê khai trên đây là đúng sự thật, nếu sai tôi xin chịu "
        "trách nhiệm trước pháp luật. Hồ sơ gồm các giấy tờ kèm theo như sau đây.");
    const int lineHeight = mmToPx(6.5, dpi);
    QRandomGenerator random(seed);
    for (int i = 0; i < lines; ++i) {
        const int offset = static_cast<int>(random.bounded(words.size() / 2));
        const int y = mmToPx(45, dpi) + i * lineHeight;
        if (y > rgb.height() - mmToPx(25, dpi))
            break;
        p.drawText(QRect(left, y, right - left, lineHeight), Qt::AlignLeft | Qt::AlignVCenter, words.mid(offset, 90));
    }
    // A table frame and a round stamp, as most forms have.
    p.setPen(QPen(QColor(40, 40, 40), mmToPx(0.3, dpi)));
    p.drawRect(QRect(left, rgb.height() - mmToPx(70, dpi), right - left, mmToPx(25, dpi)));
    p.setPen(QPen(QColor(150, 60, 60), mmToPx(0.8, dpi)));
    p.drawEllipse(QPoint(right - mmToPx(30, dpi), rgb.height() - mmToPx(30, dpi)), mmToPx(18, dpi), mmToPx(18, dpi));
    p.end();
    QImage grey = rgb.convertToFormat(QImage::Format_Grayscale8);
    addGrain(&grey, 6, seed);
    grey.setDotsPerMeterX(static_cast<int>(dpi / 0.0254 + 0.5));
    grey.setDotsPerMeterY(static_cast<int>(dpi / 0.0254 + 0.5));
    return grey;
}

// An empty A4 page: paper grain, and optionally the faint mirror of text printed on the other
// side and a few specks of dust; what the back of a one-sided paper looks like in duplex.
inline QImage emptyPage(int dpi = 200, bool bleedThrough = false, bool dust = false, quint32 seed = 7)
{
    QImage rgb(mmToPx(210, dpi), mmToPx(297, dpi), QImage::Format_RGB32);
    rgb.fill(QColor(238, 238, 238));
    QPainter p(&rgb);
    if (bleedThrough) {
        QFont body(QStringLiteral("Noto Serif"));
        body.setPixelSize(mmToPx(4.2, dpi));
        p.setFont(body);
        p.setPen(QColor(214, 214, 214)); // seen through the paper: a faint grey
        for (int i = 0; i < 30; ++i)
            p.drawText(mmToPx(25, dpi), mmToPx(50 + 7 * i, dpi), QString::fromUtf8("Ủy ban nhân dân tỉnh Kon Tum"));
    }
    if (dust) {
        QRandomGenerator random(seed);
        p.setPen(Qt::NoPen);
        p.setBrush(QColor(60, 60, 60));
        for (int i = 0; i < 25; ++i)
            p.drawEllipse(
                QPoint(static_cast<int>(random.bounded(rgb.width())), static_cast<int>(random.bounded(rgb.height()))),
                1, 1);
    }
    p.end();
    QImage grey = rgb.convertToFormat(QImage::Format_Grayscale8);
    addGrain(&grey, 6, seed);
    return grey;
}

// A minimal baseline TIFF (8-bit grey, uncompressed) holding several pages: Qt writes only
// single-page TIFF files, and scanners' software writes multi-page ones.
inline QByteArray multiPageTiff(const QList<QImage>& pages, int dpi)
{
    QByteArray out("II*\0\0\0\0\0", 8); // little-endian, first IFD offset patched below
    qsizetype previousNext = 4;
    for (const QImage& source : pages) {
        const QImage grey = source.convertToFormat(QImage::Format_Grayscale8);
        const qsizetype pixels = out.size();
        for (int y = 0; y < grey.height(); ++y)
            out.append(reinterpret_cast<const char*>(grey.constScanLine(y)), grey.width());
        if (out.size() % 2)
            out.append('\0');
        const qsizetype rational = out.size();
        quint32 r[2] = {qToLittleEndian<quint32>(static_cast<quint32>(dpi)), qToLittleEndian<quint32>(1u)};
        out.append(reinterpret_cast<const char*>(r), 8);
        const qsizetype ifd = out.size();
        const quint32 ifdLE = qToLittleEndian<quint32>(static_cast<quint32>(ifd));
        std::memcpy(out.data() + previousNext, &ifdLE, 4);
        struct Entry
        {
            quint16 tag, type;
            quint32 count, value;
        };
        const quint32 bytes = static_cast<quint32>(grey.width()) * static_cast<quint32>(grey.height());
        const Entry entries[] = {
            {256, 4, 1, static_cast<quint32>(grey.width())},
            {257, 4, 1, static_cast<quint32>(grey.height())},
            {258, 3, 1, 8},
            {259, 3, 1, 1},
            {262, 3, 1, 1},
            {273, 4, 1, static_cast<quint32>(pixels)},
            {277, 3, 1, 1},
            {278, 4, 1, static_cast<quint32>(grey.height())},
            {279, 4, 1, bytes},
            {282, 5, 1, static_cast<quint32>(rational)},
            {283, 5, 1, static_cast<quint32>(rational)},
            {296, 3, 1, 2},
        };
        const quint16 n = qToLittleEndian<quint16>(static_cast<quint16>(std::size(entries)));
        out.append(reinterpret_cast<const char*>(&n), 2);
        for (const Entry& e : entries) {
            const quint16 tag = qToLittleEndian(e.tag), type = qToLittleEndian(e.type);
            const quint32 count = qToLittleEndian(e.count);
            // SHORT values sit left-justified in the 4-byte field.
            const quint32 value = e.type == 3 ? qToLittleEndian<quint32>(e.value & 0xFFFF) : qToLittleEndian(e.value);
            out.append(reinterpret_cast<const char*>(&tag), 2);
            out.append(reinterpret_cast<const char*>(&type), 2);
            out.append(reinterpret_cast<const char*>(&count), 4);
            out.append(reinterpret_cast<const char*>(&value), 4);
        }
        previousNext = out.size();
        out.append("\0\0\0\0", 4);
    }
    return out;
}

} // namespace scanfixtures
