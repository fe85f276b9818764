// Applicants of DossierGenerator: people, organisations, addresses, ID and phone numbers.

#include "service/DossierGeneratorRows.h"

namespace motcua::generator {

void Generator::personName(std::string& name, std::string& folded, bool male)
{
    name.clear();
    folded.clear();
    auto add = [&](const TextTable& t, std::size_t i) {
        if (!name.empty()) {
            name.push_back(' ');
            folded.push_back(' ');
        }
        name += t.text[i];
        folded += t.folded[i];
    };
    if (m_rng.chance(0.07)) {
        const TextTable& prefix = male ? m_highlandMale : m_highlandFemale;
        add(prefix, prefix.pick(m_rng));
        add(m_highlandGiven, m_highlandGiven.pick(m_rng));
        return;
    }
    add(m_surnames, m_surnames.pick(m_rng));
    const TextTable& middle = male ? m_maleMiddle : m_femaleMiddle;
    const std::size_t m = middle.pick(m_rng);
    add(middle, m);
    if (!male && m_rng.chance(0.12)) {
        const std::size_t m2 = middle.pick(m_rng);
        if (m2 != m)
            add(middle, m2);
    }
    const TextTable& given = male ? m_maleGiven : m_femaleGiven;
    add(given, given.pick(m_rng));
}

void Generator::appendAddress(std::string& s)
{
    const Commune& c = pickCommune();
    const std::string district = c.district;
    if (c.urban && district.rfind("thành phố", 0) == 0) {
        s += "Số ";
        appendNumber(s, m_rng.between(1, 320));
        s += " đường ";
        s += m_streets.text[m_streets.pick(m_rng)];
    } else if (c.urban) {
        s += "Tổ dân phố ";
        appendNumber(s, m_rng.between(1, 12));
    } else {
        s += "Thôn ";
        appendNumber(s, m_rng.between(1, 14));
    }
    s += ", ";
    s += c.commune;
    s += ", ";
    s += district;
    s += ", ";
    s += provinceName();
}

void Generator::makeApplicant(ApplicantRow& a, const ProcInfo& p, Channel channel, qint64 received)
{
    a.name.clear();
    a.folded.clear();
    a.idNumber.clear();
    a.birth.clear();
    a.gender.clear();
    a.address.clear();
    a.phone.clear();
    a.email.clear();
    a.representative.clear();
    const int receivedYear = localDate(received + kVietnamOffset).year();
    if (!m_rng.chance(p.organisationShare)) {
        a.type = static_cast<int>(ApplicantType::Citizen);
        const bool male = m_rng.chance(0.52);
        personName(a.name, a.folded, male);
        const int age = 18 + static_cast<int>((m_rng.below(62) + m_rng.below(62)) / 2);
        const int birthYear = receivedYear - age;
        char buf[16];
        std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", birthYear, static_cast<int>(m_rng.between(1, 12)),
                      static_cast<int>(m_rng.between(1, 28)));
        a.birth = buf;
        a.gender = male ? "Nam" : "Nữ";
        if (receivedYear < 2021 && m_rng.chance(0.45)) {
            a.idNumber = "23"; // the old 9-digit identity card (CMND) of the province
            appendDigits(a.idNumber, m_rng, 7);
        } else {
            // Citizen ID (CCCD): province, century and sex, year of birth, 6 digits.
            a.idNumber = provinceIdPrefix();
            a.idNumber.push_back(static_cast<char>('0' + (birthYear >= 2000 ? 2 : 0) + (male ? 0 : 1)));
            appendNumber(a.idNumber, birthYear % 100, 2);
            appendDigits(a.idNumber, m_rng, 6);
        }
        appendAddress(a.address);
        if (m_rng.chance(0.9)) {
            a.phone = m_mobile.text[m_mobile.pick(m_rng)];
            appendDigits(a.phone, m_rng, 7);
        }
        if (m_rng.chance(channel == Channel::Online ? 0.5 : 0.1)) {
            for (const char c : a.folded) {
                if (c != ' ')
                    a.email.push_back(c);
            }
            appendNumber(a.email, m_rng.between(1, 99));
            a.email += "@gmail.com";
        }
        return;
    }
    const double u = m_rng.unit();
    if (u < 0.75) {
        a.type = static_cast<int>(ApplicantType::Enterprise);
        a.name = m_forms.text[m_forms.pick(m_rng)] + ' ' + m_sectors.text[m_sectors.pick(m_rng)] + ' ' +
                 m_brands.text[m_brands.pick(m_rng)];
        a.idNumber = provinceTaxPrefix();
        appendDigits(a.idNumber, m_rng, 8);
        std::string repFolded;
        personName(a.representative, repFolded, m_rng.chance(0.7));
    } else {
        const Commune& c = pickCommune();
        if (u < 0.87) {
            a.type = static_cast<int>(ApplicantType::StateAgency);
            const double v = m_rng.unit();
            if (v < 0.6)
                a.name = std::string("Ủy ban nhân dân ") + c.commune;
            else if (v < 0.85)
                a.name = "Trường Trung học cơ sở " + m_streets.text[m_streets.pick(m_rng)];
            else
                a.name = std::string("Trạm Y tế ") + c.commune;
            a.idNumber = "10"; // budget unit code (mã đơn vị quan hệ ngân sách)
            appendDigits(a.idNumber, m_rng, 5);
        } else {
            a.type = static_cast<int>(ApplicantType::OtherOrganisation);
            static const char* const kinds[] = {"Hội Nông dân ", "Hội Liên hiệp Phụ nữ ", "Hội Cựu chiến binh ",
                                                "Hội Chữ thập đỏ "};
            a.name = std::string(kinds[m_rng.below(4)]) + c.commune;
            a.idNumber = provinceTaxPrefix();
            appendDigits(a.idNumber, m_rng, 8);
        }
        std::string repFolded;
        personName(a.representative, repFolded, m_rng.chance(0.6));
    }
    a.folded = foldText(QString::fromStdString(a.name)).toStdString();
    appendAddress(a.address);
    if (m_rng.chance(0.5)) {
        a.phone = "0260"; // the province's landline area code
        appendDigits(a.phone, m_rng, 7);
    } else {
        a.phone = m_mobile.text[m_mobile.pick(m_rng)];
        appendDigits(a.phone, m_rng, 7);
    }
}

} // namespace motcua::generator
