#include "service/DossierGeneratorData.h"

#include <iterator>

// Demo data. Surname shares follow the commonly cited survey figures (Nguyễn 38.4 %, Trần 11 %,
// Lê 9.5 %, Phạm 7.1 %, Hoàng/Huỳnh 5.1 %, Phan 4.5 %, Vũ/Võ 3.9 %, Đặng 2.1 %, Bùi 2 %, Đỗ
// 1.4 %, Hồ 1.3 %, Ngô 1.3 %, Dương 1 %, Lý 0.5 %); weights are per mille. Communes are those
// of Kon Tum province before the 2025 merger, the demo center's area (docs/domain.md#the-demo-center).

namespace motcua::generator {

namespace {

const Weighted kSurnames[] = {
    {"Nguyễn", 384}, {"Trần", 110}, {"Lê", 95},   {"Phạm", 71}, {"Hoàng", 31}, {"Huỳnh", 20}, {"Phan", 45},
    {"Vũ", 20},      {"Võ", 19},    {"Đặng", 21}, {"Bùi", 20},  {"Đỗ", 14},    {"Hồ", 13},    {"Ngô", 13},
    {"Dương", 10},   {"Lý", 5},     {"Đào", 4},   {"Đinh", 4},  {"Lâm", 3},    {"Mai", 3},    {"Trịnh", 3},
    {"Trương", 3},   {"Cao", 2},    {"Lương", 2}, {"Hà", 2},    {"Tạ", 1},     {"Kiều", 1},   {"Chu", 1},
    {"Thái", 1},     {"Lưu", 1},    {"Phùng", 1}, {"Tô", 1},    {"Châu", 1},   {"La", 1},     {"Quách", 1},
    {"Lại", 1},      {"Triệu", 1},  {"Mạc", 1},   {"Đoàn", 2},  {"Vương", 1},  {"Tăng", 1},   {"Khúc", 1},
};

const Weighted kMaleMiddle[] = {
    {"Văn", 35},  {"Hữu", 6},  {"Đức", 8},   {"Minh", 10}, {"Quốc", 6}, {"Công", 5},  {"Thành", 5}, {"Xuân", 4},
    {"Ngọc", 4},  {"Đình", 6}, {"Quang", 6}, {"Anh", 4},   {"Tuấn", 3}, {"Trọng", 3}, {"Gia", 3},   {"Thanh", 3},
    {"Hoàng", 2}, {"Bá", 2},   {"Mạnh", 2},  {"Tiến", 2},  {"Viết", 1}, {"Trung", 2}, {"Duy", 2},
};

const Weighted kFemaleMiddle[] = {
    {"Thị", 45},  {"Ngọc", 8},   {"Thu", 6},  {"Thanh", 6}, {"Kim", 5},   {"Minh", 4}, {"Hồng", 5},
    {"Mai", 3},   {"Phương", 4}, {"Bích", 3}, {"Thùy", 4},  {"Khánh", 3}, {"Diệu", 2}, {"Hoài", 2},
    {"Quỳnh", 2}, {"Bảo", 2},    {"Thảo", 2}, {"Tuyết", 1}, {"Như", 2},   {"Mỹ", 2},
};

const Weighted kMaleGiven[] = {
    {"An", 20},    {"Anh", 40},   {"Bảo", 15},   {"Bình", 20},  {"Cường", 25}, {"Dũng", 35}, {"Duy", 20},
    {"Đạt", 25},   {"Đức", 30},   {"Hải", 30},   {"Hiếu", 20},  {"Hoàng", 20}, {"Hùng", 35}, {"Huy", 30},
    {"Khang", 10}, {"Khánh", 15}, {"Khoa", 15},  {"Kiên", 10},  {"Lâm", 10},   {"Long", 30}, {"Lộc", 15},
    {"Minh", 40},  {"Nam", 35},   {"Nghĩa", 15}, {"Phong", 20}, {"Phúc", 15},  {"Quân", 20}, {"Quang", 20},
    {"Sơn", 30},   {"Tài", 15},   {"Thắng", 25}, {"Thành", 30}, {"Thịnh", 15}, {"Tiến", 20}, {"Toàn", 15},
    {"Trung", 25}, {"Tuấn", 40},  {"Tùng", 20},  {"Việt", 15},  {"Vinh", 20},  {"Hưng", 25}, {"Phát", 10},
    {"Tâm", 15},   {"Thái", 10},  {"Hậu", 10},   {"Trí", 15},   {"Vũ", 10},    {"Lực", 5},   {"Sang", 10},
};

const Weighted kFemaleGiven[] = {
    {"An", 15},     {"Anh", 40},  {"Chi", 20},   {"Dung", 25}, {"Duyên", 15},  {"Giang", 20}, {"Hà", 30},
    {"Hạnh", 25},   {"Hằng", 30}, {"Hiền", 30},  {"Hoa", 30},  {"Hồng", 25},   {"Hương", 40}, {"Huyền", 30},
    {"Lan", 35},    {"Liên", 15}, {"Linh", 40},  {"Loan", 15}, {"Mai", 30},    {"My", 15},    {"Nga", 30},
    {"Ngân", 20},   {"Ngọc", 25}, {"Nhung", 25}, {"Oanh", 15}, {"Phương", 35}, {"Quỳnh", 20}, {"Thảo", 35},
    {"Thu", 25},    {"Thủy", 30}, {"Trang", 40}, {"Trâm", 15}, {"Tuyết", 15},  {"Uyên", 15},  {"Vân", 25},
    {"Vy", 15},     {"Xuân", 15}, {"Yến", 25},   {"Diệp", 10}, {"Nhi", 20},    {"Ly", 15},    {"Thơ", 10},
    {"Nguyệt", 10}, {"Đào", 10},  {"Diễm", 10},  {"Kiều", 10}, {"Châu", 10},   {"Tâm", 15},   {"Lệ", 10},
};

const Weighted kHighlandMale[] = {{"A", 60}, {"Siu", 10}, {"Ksor", 8}, {"Rơ Châm", 6}, {"Nay", 6}};
const Weighted kHighlandFemale[] = {{"Y", 60}, {"Rơ Mah", 10}, {"Kpă", 6}, {"Siu", 8}, {"Nay", 6}};
const Weighted kHighlandGiven[] = {
    {"Thu", 10}, {"Lan", 10},  {"Phiên", 6}, {"Hoa", 8},   {"Sanh", 6}, {"Blúp", 4},  {"Hlim", 4},  {"Pho", 5},
    {"Bia", 5},  {"Nhung", 6}, {"Đức", 5},   {"Dền", 4},   {"Hưng", 5}, {"Khoan", 4}, {"Thịnh", 4}, {"Ngọc", 5},
    {"Rin", 4},  {"Thuân", 4}, {"Lũy", 4},   {"Pong", 3},  {"Hơn", 4},  {"Jư", 3},    {"Nhiên", 4}, {"Krông", 2},
    {"Bơi", 3},  {"Tơr", 3},   {"Đim", 3},   {"Blơng", 3}, {"Xuân", 4}, {"H'Nga", 3}, {"Mơ", 3},    {"Glăk", 2},
};

const Weighted kBrands[] = {
    {"Hoàng Phát", 3},   {"Minh Phú", 3},  {"Thành Đạt", 3}, {"Tây Nguyên", 4}, {"Đông Á", 2},    {"Sao Mai", 2},
    {"Kon Tum Xanh", 2}, {"Ngọc Linh", 4}, {"Đắk Bla", 3},   {"Trường Sơn", 3}, {"Phú Thịnh", 2}, {"An Khang", 2},
    {"Hưng Thịnh", 3},   {"Việt Tín", 2},  {"Bình Minh", 2}, {"Hải Đăng", 1},   {"Măng Đen", 3},  {"Đại Phát", 2},
    {"Quang Vinh", 2},   {"Thiên Ân", 2},  {"Phước Lộc", 2}, {"Tân Cảnh", 2},   {"Plei Kần", 1},  {"Đức Tài", 1},
};

const Weighted kSectors[] = {
    {"Xây dựng", 5},      {"Thương mại và Dịch vụ", 5},
    {"Nông sản", 3},      {"Cà phê", 3},
    {"Sâm Ngọc Linh", 2}, {"Vận tải", 3},
    {"Du lịch", 2},       {"Dược liệu", 2},
    {"Lâm nghiệp", 2},    {"Công nghệ", 2},
    {"Môi trường", 1},    {"Giáo dục", 1},
    {"Thực phẩm", 2},     {"Năng lượng", 2},
    {"Cao su", 2},
};

const Weighted kCompanyForms[] = {
    {"Công ty TNHH", 50},         {"Công ty Cổ phần", 25},  {"Hợp tác xã", 10},
    {"Doanh nghiệp tư nhân", 10}, {"Công ty TNHH MTV", 15},
};

const Weighted kStreets[] = {
    {"Trần Phú", 5},       {"Phan Đình Phùng", 4},  {"Lê Hồng Phong", 3},  {"Bà Triệu", 3},       {"Trần Hưng Đạo", 4},
    {"Nguyễn Huệ", 4},     {"Lê Lợi", 3},           {"Hùng Vương", 3},     {"Phan Chu Trinh", 3}, {"U Rê", 2},
    {"Đào Duy Từ", 2},     {"Nguyễn Sinh Sắc", 2},  {"Ngô Quyền", 2},      {"Bạch Đằng", 2},      {"Trường Chinh", 3},
    {"Duy Tân", 3},        {"Nguyễn Viết Xuân", 2}, {"Lý Thường Kiệt", 2}, {"Hai Bà Trưng", 2},   {"Phạm Văn Đồng", 3},
    {"Đặng Tiến Đông", 1}, {"Trần Khánh Dư", 1},    {"Nguyễn Trãi", 2},    {"Lạc Long Quân", 1},  {"Hồ Chí Minh", 2},
};

const Weighted kMobilePrefixes[] = {
    {"090", 8}, {"091", 8}, {"093", 5}, {"094", 5}, {"096", 7}, {"097", 9}, {"098", 9}, {"086", 5},
    {"088", 3}, {"032", 4}, {"033", 4}, {"034", 4}, {"035", 4}, {"036", 4}, {"037", 4}, {"038", 4},
    {"039", 4}, {"070", 2}, {"076", 2}, {"077", 2}, {"078", 1}, {"079", 2}, {"081", 2}, {"082", 2},
    {"083", 2}, {"084", 2}, {"085", 2}, {"056", 1}, {"058", 1}, {"059", 1},
};

// Weights roughly follow population: the provincial city first.
const Commune kCommunes[] = {
    {"phường Quyết Thắng", "thành phố Kon Tum", true, 40},
    {"phường Thống Nhất", "thành phố Kon Tum", true, 35},
    {"phường Thắng Lợi", "thành phố Kon Tum", true, 30},
    {"phường Quang Trung", "thành phố Kon Tum", true, 30},
    {"phường Duy Tân", "thành phố Kon Tum", true, 35},
    {"phường Trường Chinh", "thành phố Kon Tum", true, 35},
    {"phường Ngô Mây", "thành phố Kon Tum", true, 25},
    {"phường Nguyễn Trãi", "thành phố Kon Tum", true, 25},
    {"phường Lê Lợi", "thành phố Kon Tum", true, 30},
    {"phường Trần Hưng Đạo", "thành phố Kon Tum", true, 20},
    {"xã Đắk Cấm", "thành phố Kon Tum", false, 12},
    {"xã Đắk Blà", "thành phố Kon Tum", false, 10},
    {"xã Ia Chim", "thành phố Kon Tum", false, 10},
    {"xã Đắk Năng", "thành phố Kon Tum", false, 8},
    {"xã Đoàn Kết", "thành phố Kon Tum", false, 10},
    {"xã Chư Hreng", "thành phố Kon Tum", false, 8},
    {"xã Đắk Rơ Wa", "thành phố Kon Tum", false, 8},
    {"xã Hòa Bình", "thành phố Kon Tum", false, 10},
    {"xã Kroong", "thành phố Kon Tum", false, 6},
    {"xã Ngọk Bay", "thành phố Kon Tum", false, 8},
    {"xã Vinh Quang", "thành phố Kon Tum", false, 10},
    {"thị trấn Đắk Hà", "huyện Đắk Hà", true, 18},
    {"xã Đắk Mar", "huyện Đắk Hà", false, 8},
    {"xã Đắk Hring", "huyện Đắk Hà", false, 8},
    {"xã Hà Mòn", "huyện Đắk Hà", false, 8},
    {"xã Đắk La", "huyện Đắk Hà", false, 8},
    {"xã Ngọk Wang", "huyện Đắk Hà", false, 5},
    {"xã Đắk Ui", "huyện Đắk Hà", false, 6},
    {"xã Đắk Psi", "huyện Đắk Hà", false, 5},
    {"xã Ngọk Réo", "huyện Đắk Hà", false, 4},
    {"thị trấn Plei Kần", "huyện Ngọc Hồi", true, 15},
    {"xã Đắk Dục", "huyện Ngọc Hồi", false, 5},
    {"xã Đắk Nông", "huyện Ngọc Hồi", false, 5},
    {"xã Đắk Xú", "huyện Ngọc Hồi", false, 5},
    {"xã Bờ Y", "huyện Ngọc Hồi", false, 5},
    {"xã Sa Loong", "huyện Ngọc Hồi", false, 4},
    {"xã Đắk Kan", "huyện Ngọc Hồi", false, 4},
    {"thị trấn Đắk Tô", "huyện Đắk Tô", true, 12},
    {"xã Diên Bình", "huyện Đắk Tô", false, 5},
    {"xã Tân Cảnh", "huyện Đắk Tô", false, 5},
    {"xã Pô Kô", "huyện Đắk Tô", false, 4},
    {"xã Kon Đào", "huyện Đắk Tô", false, 4},
    {"xã Ngọk Tụ", "huyện Đắk Tô", false, 4},
    {"xã Văn Lem", "huyện Đắk Tô", false, 3},
    {"xã Đắk Trăm", "huyện Đắk Tô", false, 3},
    {"xã Đắk Rơ Nga", "huyện Đắk Tô", false, 3},
    {"thị trấn Sa Thầy", "huyện Sa Thầy", true, 10},
    {"xã Sa Nhơn", "huyện Sa Thầy", false, 4},
    {"xã Sa Sơn", "huyện Sa Thầy", false, 4},
    {"xã Sa Nghĩa", "huyện Sa Thầy", false, 4},
    {"xã Hơ Moong", "huyện Sa Thầy", false, 3},
    {"xã Rơ Kơi", "huyện Sa Thầy", false, 3},
    {"xã Mô Rai", "huyện Sa Thầy", false, 3},
    {"xã Ya Xiêr", "huyện Sa Thầy", false, 3},
    {"xã Ya Tăng", "huyện Sa Thầy", false, 3},
    {"xã Ya Ly", "huyện Sa Thầy", false, 3},
    {"thị trấn Đắk Rve", "huyện Kon Rẫy", true, 6},
    {"xã Đắk Ruồng", "huyện Kon Rẫy", false, 3},
    {"xã Đắk Tờ Re", "huyện Kon Rẫy", false, 3},
    {"xã Tân Lập", "huyện Kon Rẫy", false, 3},
    {"xã Đắk Kôi", "huyện Kon Rẫy", false, 2},
    {"xã Đắk Pne", "huyện Kon Rẫy", false, 2},
    {"xã Đắk Tơ Lung", "huyện Kon Rẫy", false, 2},
    {"thị trấn Măng Đen", "huyện Kon Plông", true, 6},
    {"xã Hiếu", "huyện Kon Plông", false, 2},
    {"xã Pờ Ê", "huyện Kon Plông", false, 2},
    {"xã Đắk Long", "huyện Kon Plông", false, 2},
    {"xã Măng Bút", "huyện Kon Plông", false, 2},
    {"xã Măng Cành", "huyện Kon Plông", false, 2},
    {"xã Ngọk Tem", "huyện Kon Plông", false, 2},
    {"xã Đắk Ring", "huyện Kon Plông", false, 2},
    {"thị trấn Đắk Glei", "huyện Đắk Glei", true, 6},
    {"xã Đắk Pék", "huyện Đắk Glei", false, 3},
    {"xã Đắk Choong", "huyện Đắk Glei", false, 2},
    {"xã Xốp", "huyện Đắk Glei", false, 2},
    {"xã Mường Hoong", "huyện Đắk Glei", false, 2},
    {"xã Ngọc Linh", "huyện Đắk Glei", false, 2},
    {"xã Đắk Nhoong", "huyện Đắk Glei", false, 2},
    {"xã Đắk Man", "huyện Đắk Glei", false, 2},
    {"xã Đắk Kroong", "huyện Đắk Glei", false, 2},
    {"xã Đắk Môn", "huyện Đắk Glei", false, 2},
    {"xã Đắk Hà", "huyện Tu Mơ Rông", false, 2},
    {"xã Đắk Tờ Kan", "huyện Tu Mơ Rông", false, 2},
    {"xã Đắk Sao", "huyện Tu Mơ Rông", false, 2},
    {"xã Đắk Na", "huyện Tu Mơ Rông", false, 2},
    {"xã Măng Ri", "huyện Tu Mơ Rông", false, 2},
    {"xã Ngọk Lây", "huyện Tu Mơ Rông", false, 2},
    {"xã Ngọk Yêu", "huyện Tu Mơ Rông", false, 2},
    {"xã Tu Mơ Rông", "huyện Tu Mơ Rông", false, 2},
    {"xã Văn Xuôi", "huyện Tu Mơ Rông", false, 1},
    {"xã Tê Xăng", "huyện Tu Mơ Rông", false, 1},
    {"xã Ia Dom", "huyện Ia H'Drai", false, 2},
    {"xã Ia Đal", "huyện Ia H'Drai", false, 2},
    {"xã Ia Tơi", "huyện Ia H'Drai", false, 2},
};

template<typename T, int N> constexpr int count(const T (&)[N])
{
    return N;
}

} // namespace

Table surnames()
{
    return {kSurnames, count(kSurnames)};
}
Table maleMiddleNames()
{
    return {kMaleMiddle, count(kMaleMiddle)};
}
Table femaleMiddleNames()
{
    return {kFemaleMiddle, count(kFemaleMiddle)};
}
Table maleGivenNames()
{
    return {kMaleGiven, count(kMaleGiven)};
}
Table femaleGivenNames()
{
    return {kFemaleGiven, count(kFemaleGiven)};
}
Table highlandMalePrefixes()
{
    return {kHighlandMale, count(kHighlandMale)};
}
Table highlandFemalePrefixes()
{
    return {kHighlandFemale, count(kHighlandFemale)};
}
Table highlandGivenNames()
{
    return {kHighlandGiven, count(kHighlandGiven)};
}
Table companyBrands()
{
    return {kBrands, count(kBrands)};
}
Table companySectors()
{
    return {kSectors, count(kSectors)};
}
Table companyForms()
{
    return {kCompanyForms, count(kCompanyForms)};
}
Table streets()
{
    return {kStreets, count(kStreets)};
}
Table mobilePrefixes()
{
    return {kMobilePrefixes, count(kMobilePrefixes)};
}
CommuneTable communes()
{
    return {kCommunes, count(kCommunes)};
}
const char* provinceName()
{
    return "tỉnh Kon Tum";
}
const char* provinceIdPrefix()
{
    return "062";
}
const char* provinceTaxPrefix()
{
    return "61";
}

} // namespace motcua::generator
