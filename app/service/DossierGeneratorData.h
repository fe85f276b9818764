#pragma once

// Reference tables behind DossierGenerator: Vietnamese names with their frequencies and the
// communes of the demo province. Internal to the generator and the benchmark; UTF-8 text.

namespace motcua::generator {

// A value and its relative frequency (any scale: only ratios matter).
struct Weighted
{
    const char* text;
    int weight;
};

// Where an applicant lives: commune (with its kind: "phường", "xã", "thị trấn") and district.
struct Commune
{
    const char* commune;
    const char* district;
    bool urban; // wards and towns have numbered streets; rural communes have villages
    int weight;
};

struct Table
{
    const Weighted* rows;
    int size;
};

// Surnames of the Kinh majority, in the shares national surveys report (Nguyễn ≈ 38 %).
Table surnames();
Table maleMiddleNames();
Table femaleMiddleNames();
Table maleGivenNames();
Table femaleGivenNames();
// Names of the province's highland peoples (Xơ Đăng, Ba Na, Gia Rai): "A Thu", "Y Lan", "Siu Pho".
Table highlandMalePrefixes();
Table highlandFemalePrefixes();
Table highlandGivenNames();
// Organisation names.
Table companyBrands();
Table companySectors();
Table companyForms();
Table streets();
Table mobilePrefixes();

struct CommuneTable
{
    const Commune* rows;
    int size;
};
CommuneTable communes();
const char* provinceName();      // "tỉnh Kon Tum"
const char* provinceIdPrefix();  // the 3-digit province code that starts a citizen ID (062)
const char* provinceTaxPrefix(); // tax numbers issued in the province start with it

} // namespace motcua::generator
