// The design documents travel with the code: every link a comment, a test or a document makes
// to a section of docs/*.md or README.md (`docs/domain.md#working-time`) names a file that
// exists and a heading in it, and no source cites a document or a tracker entry that is not in
// the repository (docs/getting-started.md#conventions-to-keep).

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QHash>
#include <QRegularExpression>
#include <QSet>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

QString sourceDir()
{
    return QStringLiteral(MOTCUA_SOURCE_DIR);
}

QString readText(const QString& path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(f.readAll());
}

// The anchor GitHub and most Markdown renderers give a heading: lower case, everything but
// letters, digits, spaces, '-' and '_' dropped, spaces turned into '-'.
QString slug(const QString& heading)
{
    QString out;
    for (const QChar c : heading.toLower()) {
        if (c.isLetterOrNumber() || c == u'-' || c == u'_')
            out += c;
        else if (c == u' ')
            out += u'-';
    }
    return out;
}

// The anchors of a Markdown file's headings; headings inside fenced code are not headings.
// A repeated heading gets "-1", "-2", ... as renderers do.
QSet<QString> anchorsOf(const QString& text)
{
    QSet<QString> out;
    QHash<QString, int> seen;
    bool fenced = false;
    static const QRegularExpression heading(u"^#{1,6}\\s+(.*?)\\s*#*\\s*$"_s);
    const QStringList lines = text.split(u'\n');
    for (const QString& line : lines) {
        if (line.trimmed().startsWith(u"```"_s)) {
            fenced = !fenced;
            continue;
        }
        if (fenced)
            continue;
        const auto m = heading.match(line);
        if (!m.hasMatch())
            continue;
        const QString base = slug(m.captured(1));
        const int n = seen.value(base, 0);
        seen.insert(base, n + 1);
        out.insert(n == 0 ? base : base + u'-' + QString::number(n));
    }
    return out;
}

// Files of the project whose text may cite the documents, relative to the source folder.
QStringList projectFiles()
{
    QStringList out;
    const QStringList roots = {u"app"_s, u"ui"_s, u"tests"_s, u"resources"_s, u"packaging"_s, u"docs"_s};
    const QStringList suffixes = {u".h"_s,  u".cpp"_s, u".sql"_s,     u".txt"_s, u".md"_s,
                                  u".sh"_s, u".8"_s,   u".desktop"_s, u".xml"_s, u".conf"_s};
    const QDir base(sourceDir());
    for (const QString& root : roots) {
        QDirIterator it(base.filePath(root), QDir::Files, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QString path = it.next();
            for (const QString& s : suffixes) {
                if (path.endsWith(s)) {
                    out.append(base.relativeFilePath(path));
                    break;
                }
            }
        }
    }
    out.append(u"README.md"_s);
    out.append(u"CMakeLists.txt"_s);
    out.sort();
    return out;
}

} // namespace

class TestDocLinks : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void slugs_data();
    void slugs();
    void sectionLinks_data();
    void sectionLinks();
    void markdownLinks_data();
    void markdownLinks();
    void noCitationOutsideTheRepository();
};

void TestDocLinks::slugs_data()
{
    QTest::addColumn<QString>("heading");
    QTest::addColumn<QString>("anchor");
    QTest::newRow("words") << u"Working time"_s << u"working-time"_s;
    QTest::newRow("punctuation") << u"Early, on time, late"_s << u"early-on-time-late"_s;
    QTest::newRow("numbered with code") << u"3.1 `DongBoHoSoMC` — add or update dossiers"_s
                                        << u"31-dongbohosomc--add-or-update-dossiers"_s;
    QTest::newRow("digits") << u"The 766 index"_s << u"the-766-index"_s;
    QTest::newRow("vietnamese") << u"Tiếp nhận hồ sơ"_s << u"tiếp-nhận-hồ-sơ"_s;
}

void TestDocLinks::slugs()
{
    QFETCH(QString, heading);
    QFETCH(QString, anchor);
    QCOMPARE(slug(heading), anchor);
    // Fenced code is not a heading; a repeated heading is numbered.
    const QSet<QString> anchors = anchorsOf(u"# A\n```\n# B\n```\n## A\n"_s);
    QCOMPARE(anchors, (QSet<QString>{u"a"_s, u"a-1"_s}));
}

// Links to a section, docs/<name>.md#<anchor> or README.md#<anchor>, anywhere in the project: comments, tests,
// schema files, build files and the documents themselves.
void TestDocLinks::sectionLinks_data()
{
    QTest::addColumn<QString>("document");
    QTest::addColumn<QString>("anchor");
    static const QRegularExpression link(u"(?<![\\w/.])((?:docs/[\\w-]+\\.md)|README\\.md)#([\\w-]+)"_s);
    int rows = 0;
    for (const QString& file : projectFiles()) {
        const QStringList lines = readText(QDir(sourceDir()).filePath(file)).split(u'\n');
        for (int i = 0; i < lines.size(); ++i) {
            auto it = link.globalMatch(lines.at(i));
            while (it.hasNext()) {
                const auto m = it.next();
                const QString tag = file + u':' + QString::number(i + 1) + u' ' + m.captured(0);
                QTest::newRow(qPrintable(tag)) << m.captured(1) << m.captured(2);
                ++rows;
            }
        }
    }
    // The sources cite the documents this way; none found means the scan itself is broken.
    QVERIFY2(rows > 100, qPrintable(u"only %1 links to sections of docs/ found"_s.arg(rows)));
}

void TestDocLinks::sectionLinks()
{
    QFETCH(QString, document);
    QFETCH(QString, anchor);
    const QString path = QDir(sourceDir()).filePath(document);
    QVERIFY2(QFile::exists(path), qPrintable(document + u" does not exist"_s));
    const QSet<QString> anchors = anchorsOf(readText(path));
    QVERIFY2(anchors.contains(anchor), qPrintable(document + u" has no heading for #"_s + anchor));
}

// Relative links of the Markdown documents: [text](path) and [text](path#anchor).
void TestDocLinks::markdownLinks_data()
{
    QTest::addColumn<QString>("target");
    QTest::addColumn<QString>("anchor");
    static const QRegularExpression link(u"\\]\\(([^)\\s#]*)(?:#([^)\\s]+))?\\)"_s);
    QStringList documents = {u"README.md"_s};
    const QDir docs(QDir(sourceDir()).filePath(u"docs"_s));
    for (const QString& name : docs.entryList({u"*.md"_s}, QDir::Files))
        documents.append(u"docs/"_s + name);
    documents.append(u"app/portal/PROTOCOL.md"_s);
    for (const QString& doc : documents) {
        const QString docPath = QDir(sourceDir()).filePath(doc);
        const QStringList lines = readText(docPath).split(u'\n');
        for (int i = 0; i < lines.size(); ++i) {
            auto it = link.globalMatch(lines.at(i));
            while (it.hasNext()) {
                const auto m = it.next();
                const QString target = m.captured(1);
                if (target.contains(u"://"_s) || target.startsWith(u"mailto:"_s))
                    continue;
                const QString resolved =
                    target.isEmpty() ? docPath : QDir::cleanPath(QFileInfo(docPath).dir().filePath(target));
                const QString tag = doc + u':' + QString::number(i + 1) + u' ' + m.captured(0);
                QTest::newRow(qPrintable(tag)) << resolved << m.captured(2);
            }
        }
    }
}

void TestDocLinks::markdownLinks()
{
    QFETCH(QString, target);
    QFETCH(QString, anchor);
    QVERIFY2(QFileInfo::exists(target), qPrintable(target + u" does not exist"_s));
    if (!anchor.isEmpty())
        QVERIFY2(anchorsOf(readText(target)).contains(anchor), qPrintable(target + u" has no #"_s + anchor));
}

// A comment that says "see X.md" must find X.md in the repository, and a reason lives in the
// documents, not in a tracker the repository does not carry ("issue 5").
void TestDocLinks::noCitationOutsideTheRepository()
{
    QSet<QString> present;
    QDirIterator all(sourceDir(), {u"*.md"_s}, QDir::Files, QDirIterator::Subdirectories);
    while (all.hasNext())
        present.insert(QFileInfo(all.next()).fileName());
    static const QRegularExpression cited(u"\\b([A-Z][A-Z_-]*\\.md)\\b"_s);
    static const QRegularExpression tracker(u"\\b[Ii]ssues? #?\\d+\\b"_s);
    const QString self = u"tests/core/test_doclinks.cpp"_s;
    QStringList problems;
    for (const QString& file : projectFiles()) {
        if (file == self)
            continue;
        const QStringList lines = readText(QDir(sourceDir()).filePath(file)).split(u'\n');
        for (int i = 0; i < lines.size(); ++i) {
            const QString where = file + u':' + QString::number(i + 1);
            auto it = cited.globalMatch(lines.at(i));
            while (it.hasNext()) {
                const QString name = it.next().captured(1);
                if (!present.contains(name))
                    problems.append(where + u" cites "_s + name + u", which is not in the repository"_s);
            }
            if (const auto m = tracker.match(lines.at(i)); m.hasMatch())
                problems.append(where + u" cites \""_s + m.captured(0) + u"\" instead of a section of docs/"_s);
        }
    }
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
}

QTEST_GUILESS_MAIN(TestDocLinks)
#include "test_doclinks.moc"
