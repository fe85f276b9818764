// The periodic report's files: the XLSX is opened again and read cell by cell from its sheet
// XML (unzip), and converted by LibreOffice when it is installed; the CSV is UTF-8 with a BOM
// and RFC 4180 quoting; the PDF carries the national header, the title and every figure.
#include "forms/ReportExport.h"
#include "forms/ReportPdf.h"
#include "forms/ReportWording.h"
#include "forms/ReportXlsx.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QPdfDocument>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QXmlStreamReader>
#include <QtTest>

#include <map>

using namespace motcua;

namespace {

ReportCounts counts(qint64 carried, qint64 online, qint64 counter, qint64 early, qint64 onTime, qint64 late,
                    qint64 notYetDue, qint64 overdue)
{
    ReportCounts c;
    c.carriedOver = carried;
    c.online = online;
    c.counterPostal = counter;
    c.early = early;
    c.onTime = onTime;
    c.late = late;
    c.notYetDue = notYetDue;
    c.overdue = overdue;
    return c;
}

PeriodicReport sampleReport()
{
    PeriodicReport r;
    r.from = QDate(2026, 7, 1);
    r.to = QDate(2026, 9, 30);
    r.grouping = ReportGrouping::Department;
    r.generatedAt = QDateTime(QDate(2026, 10, 2), QTime(2, 0), Qt::UTC);
    r.rows.append({QStringLiteral("STP"), QStringLiteral("Sở Tư pháp"), 1, counts(70, 258, 393, 376, 197, 67, 53, 28)});
    r.rows.append({QStringLiteral("SXD"), QStringLiteral("Sở Xây dựng"), 2, counts(15, 62, 86, 88, 38, 13, 18, 6)});
    // A comma and quotes in a name: CSV must quote it.
    r.rows.append({QStringLiteral("SVH"), QStringLiteral("Sở Văn hóa, Thể thao và \"Du lịch\""), 3,
                   counts(0, 0, 0, 0, 0, 0, 0, 0)});
    for (const ReportRow& row : std::as_const(r.rows))
        r.total += row.counts;
    return r;
}

IssuingUnit sampleUnit()
{
    IssuingUnit u;
    u.parent = QStringLiteral("Ủy ban nhân dân tỉnh Kon Tum");
    u.name = QStringLiteral("Trung tâm Phục vụ hành chính công tỉnh Kon Tum");
    u.place = QStringLiteral("Kon Tum");
    return u;
}

QString normalized(const QString& text)
{
    static const QRegularExpression space(QStringLiteral("\\s+"));
    return QString(text).replace(space, QStringLiteral(" ")).trimmed();
}

// "C10" for row 9, column 2 (0-based), as in the sheet XML.
QString cellName(int row, int column)
{
    QString letters;
    for (int c = column + 1; c > 0; c = (c - 1) / 26)
        letters.prepend(QChar(u'A' + (c - 1) % 26));
    return letters + QString::number(row + 1);
}

} // namespace

class TestReportExport : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void csvHasBomHeaderRowsAndTotal();
    void jsonHasStableKeys();
    void xlsxReadsBackCellByCell();
    void xlsxOpensInLibreOffice();
    void pdfCarriesHeaderAndFigures();
    void formatKeys();

private:
    // The cells of sheet 1 ("A1" → text or number as text) and its merged ranges.
    bool readXlsx(const QByteArray& xlsx, std::map<QString, QString>* cells, QStringList* merged);
    QByteArray unzip(const QString& path, const QString& member);

    QTemporaryDir m_dir;
};

void TestReportExport::initTestCase()
{
    QVERIFY(m_dir.isValid());
}

void TestReportExport::csvHasBomHeaderRowsAndTotal()
{
    const PeriodicReport report = sampleReport();
    const QByteArray csv = ReportExport::toCsv(report);
    QVERIFY(csv.startsWith("\xEF\xBB\xBF"));
    const QString text = QString::fromUtf8(csv.mid(3));
    QVERIFY(text.endsWith(QStringLiteral("\r\n")));
    const QStringList lines = text.split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 1 + 3 + 1);
    const ReportWording w = ReportWording::standard(ReportGrouping::Department);
    QCOMPARE(lines.at(0), w.flatHeader().join(QLatin1Char(',')));
    QCOMPARE(lines.at(0).split(QLatin1Char(',')).size(), 13);
    QCOMPARE(lines.at(1), QStringLiteral("1,Sở Tư pháp,721,70,258,393,640,376,197,67,81,53,28"));
    QCOMPARE(lines.at(2), QStringLiteral("2,Sở Xây dựng,163,15,62,86,139,88,38,13,24,18,6"));
    QCOMPARE(lines.at(3), QStringLiteral("3,\"Sở Văn hóa, Thể thao và \"\"Du lịch\"\"\",0,0,0,0,0,0,0,0,0,0,0"));
    QCOMPARE(lines.at(4), QStringLiteral(",Tổng cộng,884,85,320,479,779,464,235,80,105,71,34"));
}

void TestReportExport::jsonHasStableKeys()
{
    const QJsonObject json = ReportExport::toJson(sampleReport());
    QCOMPARE(json.value(QStringLiteral("from")).toString(), QStringLiteral("2026-07-01"));
    QCOMPARE(json.value(QStringLiteral("by")).toString(), QStringLiteral("department"));
    QCOMPARE(json.value(QStringLiteral("withdrawn_as")).toString(), QStringLiteral("on_time"));
    const QJsonArray rows = json.value(QStringLiteral("rows")).toArray();
    QCOMPARE(rows.size(), 3);
    const QJsonObject first = rows.first().toObject();
    QCOMPARE(first.value(QStringLiteral("key")).toString(), QStringLiteral("STP"));
    QCOMPARE(first.value(QStringLiteral("received")).toObject().value(QStringLiteral("total")).toInteger(), 721);
    QCOMPARE(first.value(QStringLiteral("processed")).toObject().value(QStringLiteral("late")).toInteger(), 67);
    QCOMPARE(first.value(QStringLiteral("pending")).toObject().value(QStringLiteral("overdue")).toInteger(), 28);
    QCOMPARE(json.value(QStringLiteral("total"))
                 .toObject()
                 .value(QStringLiteral("received"))
                 .toObject()
                 .value(QStringLiteral("carried_over"))
                 .toInteger(),
             85);
}

QByteArray TestReportExport::unzip(const QString& path, const QString& member)
{
    QProcess p;
    p.start(QStringLiteral("unzip"), {QStringLiteral("-p"), path, member});
    if (!p.waitForFinished(10000) || p.exitCode() != 0)
        return {};
    return p.readAllStandardOutput();
}

bool TestReportExport::readXlsx(const QByteArray& xlsx, std::map<QString, QString>* cells, QStringList* merged)
{
    const QString path = m_dir.filePath(QStringLiteral("read.xlsx"));
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(xlsx) != xlsx.size())
        return false;
    f.close();
    QStringList shared;
    {
        QXmlStreamReader xml(unzip(path, QStringLiteral("xl/sharedStrings.xml")));
        QString current;
        bool inSi = false;
        while (!xml.atEnd()) {
            xml.readNext();
            if (xml.isStartElement() && xml.name() == QLatin1String("si")) {
                inSi = true;
                current.clear();
            } else if (xml.isStartElement() && xml.name() == QLatin1String("t") && inSi) {
                current += xml.readElementText();
            } else if (xml.isEndElement() && xml.name() == QLatin1String("si")) {
                shared.append(current);
                inSi = false;
            }
        }
        if (xml.hasError())
            return false;
    }
    const QByteArray sheet = unzip(path, QStringLiteral("xl/worksheets/sheet1.xml"));
    if (sheet.isEmpty())
        return false;
    QXmlStreamReader xml(sheet);
    QString ref, type;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        if (xml.name() == QLatin1String("c")) {
            ref = xml.attributes().value(QLatin1String("r")).toString();
            type = xml.attributes().value(QLatin1String("t")).toString();
        } else if (xml.name() == QLatin1String("v")) {
            const QString v = xml.readElementText();
            (*cells)[ref] = type == QLatin1String("s") ? shared.value(v.toInt()) : v;
        } else if (xml.name() == QLatin1String("mergeCell")) {
            merged->append(xml.attributes().value(QLatin1String("ref")).toString());
        }
    }
    return !xml.hasError();
}

void TestReportExport::xlsxReadsBackCellByCell()
{
    if (QStandardPaths::findExecutable(QStringLiteral("unzip")).isEmpty())
        QSKIP("unzip is not installed");
    const PeriodicReport report = sampleReport();
    auto xlsx = ReportXlsx::render(report, sampleUnit());
    QVERIFY2(xlsx, qPrintable(xlsx.error().message));
    QVERIFY(xlsx->startsWith("PK")); // a zip container
    std::map<QString, QString> cells;
    QStringList merged;
    QVERIFY(readXlsx(*xlsx, &cells, &merged));

    const ReportWording w = ReportWording::standard(ReportGrouping::Department);
    QCOMPARE(cells[QStringLiteral("A1")], QStringLiteral("ỦY BAN NHÂN DÂN TỈNH KON TUM"));
    QCOMPARE(cells[QStringLiteral("A2")], QStringLiteral("TRUNG TÂM PHỤC VỤ HÀNH CHÍNH CÔNG TỈNH KON TUM"));
    QCOMPARE(cells[QStringLiteral("G1")], w.nation);
    QCOMPARE(cells[QStringLiteral("G2")], w.motto);
    QCOMPARE(cells[QStringLiteral("G3")], QStringLiteral("Kon Tum, ngày 02 tháng 10 năm 2026"));
    QCOMPARE(cells[QStringLiteral("A5")], w.title);
    QCOMPARE(cells[QStringLiteral("A6")], QStringLiteral("Kỳ báo cáo: từ ngày 01/07/2026 đến ngày 30/09/2026"));

    const int h = ReportXlsx::kHeaderRow;
    QCOMPARE(cells[cellName(h, 0)], w.numberColumn);
    QCOMPARE(cells[cellName(h, 1)], w.unitColumn);
    QCOMPARE(cells[cellName(h, 2)], w.receivedGroup);
    QCOMPARE(cells[cellName(h, 6)], w.processedGroup);
    QCOMPARE(cells[cellName(h, 10)], w.pendingGroup);
    const QStringList sub = w.receivedColumns + w.processedColumns + w.pendingColumns;
    for (int i = 0; i < sub.size(); ++i)
        QCOMPARE(cells[cellName(h + 1, 2 + i)], sub.at(i));
    // The group titles span their columns; STT and the unit span both header rows.
    for (const char* range : {"C8:F8", "G8:J8", "K8:M8", "A8:A9", "B8:B9", "A5:M5"})
        QVERIFY2(merged.contains(QString::fromLatin1(range)), range);

    int row = ReportXlsx::kFirstDataRow;
    int n = 0;
    for (const ReportRow& r : report.rows) {
        QCOMPARE(cells[cellName(row, 0)], QString::number(++n));
        QCOMPARE(cells[cellName(row, 1)], r.name);
        const QList<qint64> values = ReportWording::values(r.counts);
        for (int i = 0; i < values.size(); ++i)
            QCOMPARE(cells[cellName(row, 2 + i)], QString::number(values.at(i)));
        ++row;
    }
    QCOMPARE(cells[cellName(row, 1)], w.totalRow);
    const QList<qint64> totals = ReportWording::values(report.total);
    for (int i = 0; i < totals.size(); ++i)
        QCOMPARE(cells[cellName(row, 2 + i)], QString::number(totals.at(i)));
    QCOMPARE(cells[cellName(row, 2)], QStringLiteral("884"));
    QCOMPARE(cells[cellName(row + 2, 0)], w.ruleText(report.rules));
}

void TestReportExport::xlsxOpensInLibreOffice()
{
    QString office = QStandardPaths::findExecutable(QStringLiteral("soffice"));
    if (office.isEmpty())
        office = QStandardPaths::findExecutable(QStringLiteral("libreoffice"));
    if (office.isEmpty())
        QSKIP("soffice (LibreOffice) is not installed, so the workbook cannot be checked by LibreOffice; "
              "Debian package libreoffice-calc-nogui provides it");
    const PeriodicReport report = sampleReport();
    // The export path the dashboard's dialog and `motcuactl report --format xlsx` take.
    auto xlsx = ReportExport::render(report, sampleUnit(), ReportFormat::Xlsx);
    QVERIFY2(xlsx, qPrintable(xlsx.error().message));
    const QString path = m_dir.filePath(QStringLiteral("office.xlsx"));
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    QCOMPARE(f.write(*xlsx), xlsx->size());
    f.close();
    QProcess p;
    p.setWorkingDirectory(m_dir.path());
    p.start(office, {QStringLiteral("--headless"),
                     QStringLiteral("-env:UserInstallation=file://") + m_dir.path() + QStringLiteral("/lo-profile"),
                     QStringLiteral("--convert-to"), QStringLiteral("csv:Text - txt - csv (StarCalc):44,34,76"),
                     QStringLiteral("--outdir"), m_dir.path(), path});
    QVERIFY(p.waitForFinished(120000));
    QFile csv(m_dir.filePath(QStringLiteral("office.csv")));
    QVERIFY2(csv.open(QIODevice::ReadOnly), qPrintable(QString::fromUtf8(p.readAllStandardError())));
    const QString text = QString::fromUtf8(csv.readAll());
    QVERIFY(text.contains(QStringLiteral("Sở Tư pháp,721,70,258,393,640,376,197,67,81,53,28")));
    QVERIFY(text.contains(QStringLiteral("Tổng cộng,884,85,320,479,779,464,235,80,105,71,34")));

    // Every cell as LibreOffice reads it (RFC 4180: quotes doubled, commas quoted).
    QList<QStringList> grid;
    QStringList line;
    QString cell;
    bool quoted = false;
    for (int i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (quoted) {
            if (c == u'"' && i + 1 < text.size() && text.at(i + 1) == u'"') {
                cell += c;
                ++i;
            } else if (c == u'"') {
                quoted = false;
            } else {
                cell += c;
            }
        } else if (c == u'"') {
            quoted = true;
        } else if (c == u',') {
            line.append(cell);
            cell.clear();
        } else if (c == u'\n') {
            line.append(cell);
            cell.clear();
            grid.append(line);
            line.clear();
        } else if (c != u'\r') {
            cell += c;
        }
    }
    if (!line.isEmpty() || !cell.isEmpty()) {
        line.append(cell);
        grid.append(line);
    }
    auto at = [&grid](int row, int column) {
        return row < grid.size() && column < grid.at(row).size() ? grid.at(row).at(column) : QString();
    };

    // What must be there: the figures from the report itself, the texts from the wording.
    std::map<QString, QString> expected;
    const ReportWording w = ReportWording::standard(ReportGrouping::Department);
    expected[QStringLiteral("A1")] = QStringLiteral("ỦY BAN NHÂN DÂN TỈNH KON TUM");
    expected[QStringLiteral("A2")] = QStringLiteral("TRUNG TÂM PHỤC VỤ HÀNH CHÍNH CÔNG TỈNH KON TUM");
    expected[QStringLiteral("G1")] = w.nation;
    expected[QStringLiteral("G2")] = w.motto;
    expected[QStringLiteral("G3")] = QStringLiteral("Kon Tum, ngày 02 tháng 10 năm 2026");
    expected[QStringLiteral("A5")] = w.title;
    expected[QStringLiteral("A6")] = QStringLiteral("Kỳ báo cáo: từ ngày 01/07/2026 đến ngày 30/09/2026");
    const int h = ReportXlsx::kHeaderRow;
    expected[cellName(h, 0)] = w.numberColumn;
    expected[cellName(h, 1)] = w.unitColumn;
    expected[cellName(h, 2)] = w.receivedGroup;
    expected[cellName(h, 6)] = w.processedGroup;
    expected[cellName(h, 10)] = w.pendingGroup;
    const QStringList sub = w.receivedColumns + w.processedColumns + w.pendingColumns;
    for (int i = 0; i < sub.size(); ++i)
        expected[cellName(h + 1, 2 + i)] = sub.at(i);
    int row = ReportXlsx::kFirstDataRow;
    int n = 0;
    for (const ReportRow& r : report.rows) {
        expected[cellName(row, 0)] = QString::number(++n);
        expected[cellName(row, 1)] = r.name;
        const QList<qint64> values = ReportWording::values(r.counts);
        for (int i = 0; i < values.size(); ++i)
            expected[cellName(row, 2 + i)] = QString::number(values.at(i));
        ++row;
    }
    expected[cellName(row, 1)] = w.totalRow;
    const QList<qint64> totals = ReportWording::values(report.total);
    for (int i = 0; i < totals.size(); ++i)
        expected[cellName(row, 2 + i)] = QString::number(totals.at(i));
    const int noteRow = row + 2;
    expected[cellName(noteRow, 0)] = w.ruleText(report.rules);

    // The sheet holds exactly these and nothing else: every other cell of the used range is
    // empty (merged cells keep their text in the first one).
    QVERIFY2(grid.size() >= noteRow + 1, qPrintable(text));
    int compared = 0;
    for (int r = 0; r < qMax(static_cast<int>(grid.size()), noteRow + 1); ++r) {
        const int columns =
            r < grid.size() ? qMax(static_cast<int>(grid.at(r).size()), ReportXlsx::kColumns) : ReportXlsx::kColumns;
        for (int c = 0; c < columns; ++c) {
            const QString name = cellName(r, c);
            const auto it = expected.find(name);
            const QString want = it == expected.end() ? QString() : it->second;
            QVERIFY2(
                normalized(at(r, c)) == normalized(want),
                qPrintable(QStringLiteral("%1: LibreOffice reads \"%2\", expected \"%3\"").arg(name, at(r, c), want)));
            ++compared;
        }
    }
    QVERIFY(compared >= (noteRow + 1) * ReportXlsx::kColumns);
}

void TestReportExport::pdfCarriesHeaderAndFigures()
{
    const PeriodicReport report = sampleReport();
    auto pdf = ReportPdf::render(report, sampleUnit());
    QVERIFY2(pdf, qPrintable(pdf.error().message));
    QVERIFY(pdf->startsWith("%PDF"));
    const QString path = m_dir.filePath(QStringLiteral("report.pdf"));
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(*pdf);
    f.close();
    QPdfDocument doc;
    QCOMPARE(doc.load(path), QPdfDocument::Error::None);
    QString text;
    for (int i = 0; i < doc.pageCount(); ++i)
        text += QLatin1Char(' ') + doc.getAllText(i).text();
    text = normalized(text);
    const ReportWording w = ReportWording::standard(ReportGrouping::Department);
    for (const QString& s :
         {w.nation, w.motto, w.title, w.receivedGroup, w.processedGroup, w.pendingGroup,
          QStringLiteral("TRUNG TÂM PHỤC VỤ HÀNH CHÍNH CÔNG"), QStringLiteral("Kon Tum, ngày 02 tháng 10 năm 2026"),
          QStringLiteral("từ ngày 01/07/2026 đến ngày 30/09/2026"), QStringLiteral("Sở Tư pháp"),
          QStringLiteral("Tổng cộng"), w.leftSignature, w.rightSignature})
        QVERIFY2(text.contains(s), qPrintable(s));
    // The figures of the first row, in order.
    QVERIFY2(text.contains(QStringLiteral("Sở Tư pháp 721 70 258 393 640 376 197 67 81 53 28")), qPrintable(text));
    // Landscape A4.
    const QSizeF size = doc.pagePointSize(0);
    QVERIFY(size.width() > size.height());
}

void TestReportExport::formatKeys()
{
    ReportFormat f = ReportFormat::Json;
    QVERIFY(reportFormatFromKey(QStringLiteral("XLSX"), &f));
    QCOMPARE(f, ReportFormat::Xlsx);
    QVERIFY(!reportFormatFromKey(QStringLiteral("ods"), &f));
    QCOMPARE(reportFormatKey(ReportFormat::Csv), QStringLiteral("csv"));
    auto json = ReportExport::render(sampleReport(), sampleUnit(), ReportFormat::Json);
    QVERIFY(json);
    QVERIFY(json->contains("\"rows\""));
}

QTEST_MAIN(TestReportExport)
#include "test_reportexport.moc"
