#include "scan/PdfAssembler.h"

#include <QCoreApplication>
#include <QTimeZone>

namespace motcua {

namespace {

QByteArray number(double v)
{
    return QByteArray::number(v, 'f', 3);
}

// A PDF text string: UTF-16BE with its byte order mark, hex-encoded (any Vietnamese title).
QByteArray pdfText(const QString& text)
{
    QByteArray utf16("\xFE\xFF", 2);
    for (const QChar c : text) {
        utf16.append(static_cast<char>(c.unicode() >> 8));
        utf16.append(static_cast<char>(c.unicode() & 0xFF));
    }
    return '<' + utf16.toHex().toUpper() + '>';
}

class Writer
{
public:
    // Object numbers are given out in order; offsets recorded as each object is written.
    int reserve() { return ++m_count; }
    void begin(int object)
    {
        if (m_offsets.size() < object)
            m_offsets.resize(object);
        m_offsets[object - 1] = m_out.size();
        m_out += QByteArray::number(object) + " 0 obj\n";
    }
    void end() { m_out += "\nendobj\n"; }
    void object(int object, const QByteArray& body)
    {
        begin(object);
        m_out += body;
        end();
    }
    void stream(int object, const QByteArray& dictionary, const QByteArray& data)
    {
        begin(object);
        m_out += "<< " + dictionary + " /Length " + QByteArray::number(data.size()) + " >>\nstream\n";
        m_out += data;
        m_out += "\nendstream";
        end();
    }
    QByteArray& out() { return m_out; }
    QByteArray finish(int root, int info)
    {
        const qsizetype xref = m_out.size();
        m_out += "xref\n0 " + QByteArray::number(m_count + 1) + "\n0000000000 65535 f \n";
        for (int i = 0; i < m_count; ++i)
            m_out += QByteArray::number(m_offsets.value(i), 10).rightJustified(10, '0') + " 00000 n \n";
        m_out += "trailer\n<< /Size " + QByteArray::number(m_count + 1) + " /Root " + QByteArray::number(root) +
                 " 0 R /Info " + QByteArray::number(info) + " 0 R >>\nstartxref\n" + QByteArray::number(xref) +
                 "\n%%EOF\n";
        return m_out;
    }

private:
    QByteArray m_out;
    QList<qsizetype> m_offsets;
    int m_count = 0;
};

} // namespace

Result<QByteArray> PdfAssembler::build(const QList<ScanPage>& pages, const PdfOptions& options)
{
    QList<EncodedPage> encoded;
    encoded.reserve(pages.size());
    for (const ScanPage& page : pages) {
        if (page.image.isNull())
            return Error::badInput(QCoreApplication::translate("motcua::PdfAssembler", "A page has no image."));
        encoded.append(PageEncoder::encode(page, options.encode));
    }
    return assemble(encoded, options);
}

namespace {

QByteArray imageDictionary(const EncodedImage& image, bool mask)
{
    QByteArray d = "/Type /XObject /Subtype /Image /Width " + QByteArray::number(image.width) + " /Height " +
                   QByteArray::number(image.height);
    if (mask)
        d += " /ImageMask true /BitsPerComponent 1";
    else
        d += QByteArray(" /ColorSpace ") + (image.components == 3 ? "/DeviceRGB" : "/DeviceGray") +
             " /BitsPerComponent " + QByteArray::number(image.bitsPerComponent);
    d += image.filter == EncodedImage::Filter::Dct ? " /Filter /DCTDecode" : " /Filter /FlateDecode";
    return d;
}

} // namespace

Result<QByteArray> PdfAssembler::assemble(const QList<EncodedPage>& pages, const PdfOptions& options)
{
    if (pages.isEmpty())
        return Error::badInput(
            QCoreApplication::translate("motcua::PdfAssembler", "There are no pages to put in the PDF."));
    Writer w;
    // The binary comment tells transfer programs the file is binary (PDF 1.4, 7.5.2).
    w.out() = QByteArray("%PDF-1.4\n%\xE2\xE3\xCF\xD3\n");
    const int catalog = w.reserve();
    const int pagesNode = w.reserve();
    const int info = w.reserve();
    QByteArray kids;
    for (const EncodedPage& page : pages) {
        if (page.image.isNull() || page.sizePt.isEmpty())
            return Error::badInput(QCoreApplication::translate("motcua::PdfAssembler", "A page could not be encoded."));
        const int pageObject = w.reserve();
        const int contents = w.reserve();
        const int image = w.reserve();
        const int mask = page.textMask.isNull() ? 0 : w.reserve();
        kids += QByteArray::number(pageObject) + " 0 R ";
        const QByteArray wPt = number(page.sizePt.width()), hPt = number(page.sizePt.height());
        const QByteArray fill = "q " + wPt + " 0 0 " + hPt + " 0 0 cm ";
        QByteArray resources = "/Im0 " + QByteArray::number(image) + " 0 R";
        // The picture fills the page; the text mask is painted over it in the ink's grey.
        QByteArray content = fill + "/Im0 Do Q";
        if (mask) {
            resources += " /Tx0 " + QByteArray::number(mask) + " 0 R";
            content += '\n' + fill + number(page.inkGrey) + " g /Tx0 Do Q";
        }
        w.object(pageObject, "<< /Type /Page /Parent " + QByteArray::number(pagesNode) + " 0 R /MediaBox [0 0 " + wPt +
                                 ' ' + hPt + "] /Resources << /XObject << " + resources + " >> >> /Contents " +
                                 QByteArray::number(contents) + " 0 R >>");
        w.stream(contents, QByteArray(), content);
        w.stream(image, imageDictionary(page.image, false), page.image.data);
        if (mask)
            w.stream(mask, imageDictionary(page.textMask, true), page.textMask.data);
    }
    w.object(pagesNode,
             "<< /Type /Pages /Kids [" + kids.trimmed() + "] /Count " + QByteArray::number(pages.size()) + " >>");
    w.object(catalog, "<< /Type /Catalog /Pages " + QByteArray::number(pagesNode) + " 0 R >>");
    const QDateTime at = (options.createdAt.isValid() ? options.createdAt : QDateTime::currentDateTimeUtc()).toUTC();
    QByteArray infoBody = "<< /Producer " + pdfText(QStringLiteral("MotCua Desk")) +
                          " /CreationDate (D:" + at.toString(QStringLiteral("yyyyMMddHHmmss")).toLatin1() + "Z)";
    if (!options.title.isEmpty())
        infoBody += " /Title " + pdfText(options.title);
    w.object(info, infoBody + " >>");
    return w.finish(catalog, info);
}

} // namespace motcua
