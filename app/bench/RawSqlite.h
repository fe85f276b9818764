#pragma once

#include <sqlite3.h>

#include <cstdint>
#include <string>
#include <vector>

// The baselines of motcua-bench: the same statements run through the SQLite C API with
// nothing in between (no wrapper, no QString, no services), on their own connection.
namespace motcua::bench {

class RawStatement
{
public:
    RawStatement(sqlite3* db, const std::string& sql)
    {
        if (sqlite3_prepare_v2(db, sql.c_str(), static_cast<int>(sql.size()), &m_stmt, nullptr) != SQLITE_OK)
            m_stmt = nullptr;
    }
    ~RawStatement() { sqlite3_finalize(m_stmt); }
    RawStatement(const RawStatement&) = delete;
    RawStatement& operator=(const RawStatement&) = delete;

    bool ok() const { return m_stmt != nullptr; }
    sqlite3_stmt* get() const { return m_stmt; }
    void text(int i, const std::string& s)
    {
        sqlite3_bind_text(m_stmt, i, s.data(), static_cast<int>(s.size()), SQLITE_TRANSIENT);
    }
    void integer(int i, std::int64_t v) { sqlite3_bind_int64(m_stmt, i, v); }
    // Steps to the end, reading every column of every row as the app would (text copied out).
    int run()
    {
        int rows = 0;
        int rc;
        while ((rc = sqlite3_step(m_stmt)) == SQLITE_ROW) {
            const int columns = sqlite3_column_count(m_stmt);
            for (int c = 0; c < columns; ++c) {
                if (sqlite3_column_type(m_stmt, c) == SQLITE_TEXT)
                    m_sink.assign(reinterpret_cast<const char*>(sqlite3_column_text(m_stmt, c)),
                                  static_cast<std::size_t>(sqlite3_column_bytes(m_stmt, c)));
                else
                    m_sum += sqlite3_column_int64(m_stmt, c);
            }
            ++rows;
        }
        sqlite3_reset(m_stmt);
        sqlite3_clear_bindings(m_stmt);
        return rc == SQLITE_DONE ? rows : -1;
    }

private:
    sqlite3_stmt* m_stmt = nullptr;
    std::string m_sink;
    std::int64_t m_sum = 0;
};

} // namespace motcua::bench
