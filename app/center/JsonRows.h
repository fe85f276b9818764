#pragma once

#include <QByteArray>
#include <QString>

#include <string>

namespace motcua {

// Writes rows for one set-based PostgreSQL statement (jsonb_to_recordset / jsonb_array_elements):
// a JSON array of flat objects whose values are strings, built straight into UTF-8 without a
// QJsonDocument in between, since the center spends most of a sync request writing JSON.
//
//   JsonRows rows;
//   rows.begin();  rows.field("ma_hoso", code);  rows.field("data", compactJson);  rows.end();
//   w.exec_params("... jsonb_to_recordset($1::jsonb) ...", rows.text());
class JsonRows
{
public:
    JsonRows() { m_out.push_back('['); }

    void begin()
    {
        if (m_rows++)
            m_out.push_back(',');
        m_out.push_back('{');
        m_fields = 0;
    }
    void field(const char* name, const QString& value) { field(name, value.toUtf8()); }
    void field(const char* name, const QByteArray& utf8)
    {
        if (m_fields++)
            m_out.push_back(',');
        m_out.push_back('"');
        m_out.append(name);
        m_out.append("\":");
        quote(utf8);
    }
    void end() { m_out.push_back('}'); }

    // The array, closed.
    std::string text() const { return m_out + ']'; }

private:
    void quote(const QByteArray& utf8)
    {
        static const char hex[] = "0123456789abcdef";
        m_out.push_back('"');
        for (const char c : utf8) {
            const auto u = static_cast<unsigned char>(c);
            if (c == '"' || c == '\\') {
                m_out.push_back('\\');
                m_out.push_back(c);
            } else if (u < 0x20) {
                m_out.append("\\u00");
                m_out.push_back(hex[u >> 4]);
                m_out.push_back(hex[u & 15]);
            } else {
                m_out.push_back(c);
            }
        }
        m_out.push_back('"');
    }

    std::string m_out;
    int m_rows = 0;
    int m_fields = 0;
};

} // namespace motcua
