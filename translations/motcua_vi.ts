<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi_VN">
<context>
    <name>motcua::AccountBeforeLogin</name>
    <message>
        <source>Wrong user name or password.</source>
        <translation>Sai tên đăng nhập hoặc mật khẩu.</translation>
    </message>
    <message>
        <source>The account sent by the center is not signed by it; it was not kept.</source>
        <translation>Tài khoản do máy chủ trung tâm gửi không có chữ ký của máy chủ; tài khoản không được lưu.</translation>
    </message>
</context>
<context>
    <name>motcua::AccountLookup</name>
    <message>
        <source>The center&apos;s address or certificate kept for logins cannot be used.</source>
        <translation>Không dùng được địa chỉ hoặc chứng chỉ của máy chủ trung tâm đã lưu cho việc đăng nhập.</translation>
    </message>
    <message>
        <source>The center did not answer: %1</source>
        <translation>Máy chủ trung tâm không trả lời: %1</translation>
    </message>
    <message>
        <source>The center&apos;s answer is not understood.</source>
        <translation>Không hiểu được câu trả lời của máy chủ trung tâm.</translation>
    </message>
    <message>
        <source>The center has no account of that name.</source>
        <translation>Máy chủ trung tâm không có tài khoản mang tên này.</translation>
    </message>
    <message>
        <source>The center refused this workstation: %1</source>
        <translation>Máy chủ trung tâm từ chối máy trạm này: %1</translation>
    </message>
    <message>
        <source>The center refused: %1</source>
        <translation>Máy chủ trung tâm từ chối: %1</translation>
    </message>
    <message>
        <source>The center answered with another account.</source>
        <translation>Máy chủ trung tâm trả về một tài khoản khác.</translation>
    </message>
</context>
<context>
    <name>motcua::AccountSync</name>
    <message>
        <source>The center sent an incomplete account.</source>
        <translation>Trung tâm gửi một tài khoản không đầy đủ.</translation>
    </message>
    <message>
        <source>An account sent by the center is not signed by it; it was not applied.</source>
        <translation>Một tài khoản do trung tâm gửi không có chữ ký của trung tâm; tài khoản đó không được áp dụng.</translation>
    </message>
</context>
<context>
    <name>motcua::AesGcm</name>
    <message>
        <source>encrypting</source>
        <translation>mã hóa</translation>
    </message>
    <message>
        <source>decrypting</source>
        <translation>giải mã</translation>
    </message>
    <message>
        <source>generating random bytes</source>
        <translation>tạo các byte ngẫu nhiên</translation>
    </message>
    <message>
        <source>The data failed its integrity check: it was changed or the key is wrong.</source>
        <translation>Dữ liệu không vượt qua kiểm tra toàn vẹn: dữ liệu đã bị thay đổi hoặc khóa không đúng.</translation>
    </message>
</context>
<context>
    <name>motcua::AppContext</name>
    <message>
        <source>Log in as an administrator to encrypt the database.</source>
        <translation>Hãy đăng nhập bằng tài khoản quản trị viên để mã hóa cơ sở dữ liệu.</translation>
    </message>
    <message>
        <source>Cannot create the folder %1 for the database.</source>
        <translation>Không tạo được thư mục %1 cho cơ sở dữ liệu.</translation>
    </message>
    <message>
        <source>Cannot move the database %1 to %2.</source>
        <translation>Không chuyển được cơ sở dữ liệu %1 sang %2.</translation>
    </message>
    <message>
        <source>The file %1 is empty: it is not a MotCua Desk database. Check the path, or restore the database from a backup.</source>
        <translation>Tệp %1 trống: đây không phải cơ sở dữ liệu của MotCua Desk. Hãy kiểm tra lại đường dẫn, hoặc khôi phục cơ sở dữ liệu từ bản sao lưu.</translation>
    </message>
    <message>
        <source>There is no database at %1. Check the path; to create a new one there, run: motcuactl init --db &quot;%1&quot;</source>
        <translation>Không có cơ sở dữ liệu nào tại %1. Hãy kiểm tra lại đường dẫn; để tạo cơ sở dữ liệu mới tại đó, hãy chạy: motcuactl init --db &quot;%1&quot;</translation>
    </message>
    <message>
        <source>The database %1 is not encrypted, but its key file %2 says it was. It is not opened: call the administrator to restore the database from the backup.</source>
        <translation>Cơ sở dữ liệu %1 không được mã hóa, nhưng tệp khóa %2 của nó cho biết nó đã được mã hóa. Cơ sở dữ liệu không được mở: hãy gọi quản trị viên để khôi phục cơ sở dữ liệu từ bản sao lưu.</translation>
    </message>
    <message>
        <source>Loading the demo center failed: %1</source>
        <translation>Nạp trung tâm mẫu không thành công: %1</translation>
    </message>
    <message>
        <source>The queued attachment names no stored file.</source>
        <translation>Tệp đính kèm chờ gửi không trỏ tới tệp đã lưu nào.</translation>
    </message>
    <message>
        <source>The queued attachment does not match the stored file.</source>
        <translation>Tệp đính kèm trong hàng đợi không khớp với tệp đã lưu.</translation>
    </message>
    <message>
        <source>The portal is not reachable.</source>
        <translation>Không kết nối được tới cổng dịch vụ công.</translation>
    </message>
    <message>
        <source>Wrong user name or password. An account created at another counter cannot be used here until the center answers: %1</source>
        <translation>Sai tên đăng nhập hoặc mật khẩu. Tài khoản vừa tạo ở quầy khác chỉ dùng được ở đây khi máy chủ trung tâm trả lời: %1</translation>
    </message>
</context>
<context>
    <name>motcua::ApplicantForm</name>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>Male (Nam)</source>
        <translation>Nam</translation>
    </message>
    <message>
        <source>Female (Nữ)</source>
        <translation>Nữ</translation>
    </message>
    <message>
        <source>Applicant t&amp;ype</source>
        <translation>&amp;Loại chủ hồ sơ</translation>
    </message>
    <message>
        <source>Date of &amp;birth</source>
        <translation>&amp;Ngày sinh</translation>
    </message>
    <message>
        <source>Se&amp;x</source>
        <translation>G&amp;iới tính</translation>
    </message>
    <message>
        <source>A&amp;ddress</source>
        <translation>Địa &amp;chỉ</translation>
    </message>
    <message>
        <source>&amp;Phone</source>
        <translation>Điện th&amp;oại</translation>
    </message>
    <message>
        <source>E-&amp;mail</source>
        <translation>&amp;Email</translation>
    </message>
    <message>
        <source>Representati&amp;ve</source>
        <translation>Người đại &amp;diện</translation>
    </message>
    <message>
        <source>dd/mm/yyyy</source>
        <translation>ngày/tháng/năm, ví dụ 17/05/1990</translation>
    </message>
    <message>
        <source>e.g. 0912 345 678</source>
        <translation>ví dụ 0912 345 678</translation>
    </message>
    <message>
        <source>Full &amp;name</source>
        <translation>&amp;Họ và tên</translation>
    </message>
    <message>
        <source>Organisation &amp;name</source>
        <translation>Tên tổ chức (&amp;H)</translation>
    </message>
    <message>
        <source>&amp;ID number (12 digits)</source>
        <translation>&amp;Số định danh (12 số)</translation>
    </message>
    <message>
        <source>Tax or reg&amp;istration number</source>
        <translation>Mã số thuế / số đăng ký (&amp;S)</translation>
    </message>
    <message>
        <source>12 digits, or scan the ID card</source>
        <translation>12 chữ số, hoặc quét mã QR trên thẻ CCCD</translation>
    </message>
    <message>
        <source>full name</source>
        <translation>họ và tên</translation>
    </message>
    <message>
        <source>ID number</source>
        <translation>số định danh</translation>
    </message>
    <message>
        <source>date of birth</source>
        <translation>ngày sinh</translation>
    </message>
    <message>
        <source>sex</source>
        <translation>giới tính</translation>
    </message>
    <message>
        <source>address</source>
        <translation>địa chỉ</translation>
    </message>
    <message>
        <source>The applicant&apos;s full name is required.</source>
        <translation>Cần nhập họ và tên người nộp hồ sơ.</translation>
    </message>
    <message>
        <source>The organisation&apos;s name is required.</source>
        <translation>Cần nhập tên tổ chức.</translation>
    </message>
    <message>
        <source>The ID number is required: type it or scan the ID card.</source>
        <translation>Cần số định danh: nhập tay hoặc quét mã QR trên thẻ CCCD.</translation>
    </message>
    <message>
        <source>A citizen ID number has exactly 12 digits (%1 given).</source>
        <translation>Số định danh cá nhân có đúng 12 chữ số (đã nhập %1).</translation>
    </message>
    <message>
        <source>Not a date: type it as dd/mm/yyyy.</source>
        <translation>Không phải ngày hợp lệ: nhập theo dạng ngày/tháng/năm.</translation>
    </message>
    <message>
        <source>The date of birth is in the future.</source>
        <translation>Ngày sinh ở trong tương lai.</translation>
    </message>
    <message>
        <source>The date of birth is before 1900.</source>
        <translation>Ngày sinh trước năm 1900.</translation>
    </message>
    <message>
        <source>The tax or registration number is required.</source>
        <translation>Cần nhập mã số thuế hoặc số đăng ký.</translation>
    </message>
    <message>
        <source>Not a Vietnamese phone number (0… or +84…).</source>
        <translation>Không phải số điện thoại Việt Nam (0… hoặc +84…).</translation>
    </message>
    <message>
        <source>Not an e-mail address.</source>
        <translation>Không phải địa chỉ email.</translation>
    </message>
</context>
<context>
    <name>motcua::AttachCommand</name>
    <message>
        <source>Usage: motcuactl dossier result attach CODE FILE... --user NAME

Attaches the dossier&apos;s result (a scan or a file: PDF or image) once processing is complete.
</source>
        <translation>Cách dùng: motcuactl dossier result attach CODE FILE... --user NAME

Đính kèm kết quả của hồ sơ (bản quét hoặc tệp: PDF hoặc ảnh) khi đã giải quyết xong.
</translation>
    </message>
    <message>
        <source>Attaches files as the result of a dossier whose processing is complete (scanned or imported at return). They are stored encrypted like papers and synced with the dossier (the service-quality index counts electronic and digitized results).</source>
        <translation>Đính kèm tệp làm kết quả của hồ sơ đã giải quyết xong (quét hoặc nhập khi trả kết quả). Tệp được lưu mã hóa như giấy tờ và đồng bộ cùng hồ sơ (Bộ chỉ số chất lượng phục vụ tính kết quả điện tử và kết quả được số hóa).</translation>
    </message>
    <message>
        <source>Attaches files to a paper of a dossier. They are stored encrypted under the data key, which the user&apos;s password unlocks. Refused when free disk space is below attachments.minFreeMB.</source>
        <translation>Đính kèm tệp vào một giấy tờ của hồ sơ. Tệp được lưu mã hóa bằng khóa dữ liệu, khóa này được mở bằng mật khẩu của người dùng. Bị từ chối khi dung lượng đĩa còn trống dưới attachments.minFreeMB.</translation>
    </message>
    <message>
        <source>The dossier code.</source>
        <translation>Mã hồ sơ.</translation>
    </message>
    <message>
        <source>Files to attach.</source>
        <translation>Các tệp cần đính kèm.</translation>
    </message>
    <message>
        <source>The paper: its number in `dossier show`, or `other`.</source>
        <translation>Giấy tờ: số thứ tự của giấy tờ trong `dossier show`, hoặc `other`.</translation>
    </message>
    <message>
        <source>Number of pages of each file (scans).</source>
        <translation>Số trang của mỗi tệp (bản quét).</translation>
    </message>
    <message>
        <source>give a CODE and at least one FILE.</source>
        <translation>hãy cho một MÃ và ít nhất một TỆP.</translation>
    </message>
    <message>
        <source>--component is required: a paper number or `other`.</source>
        <translation>cần có --component: số thứ tự giấy tờ hoặc `other`.</translation>
    </message>
    <message>
        <source>invalid --component &apos;%1&apos;: a paper number (1, 2, ...) or `other`.</source>
        <translation>--component &apos;%1&apos; không hợp lệ: cần số thứ tự giấy tờ (1, 2, ...) hoặc `other`.</translation>
    </message>
    <message>
        <source>invalid --pages &apos;%1&apos;.</source>
        <translation>--pages &apos;%1&apos; không hợp lệ.</translation>
    </message>
    <message>
        <source>Cannot read %1.</source>
        <translation>Không đọc được %1.</translation>
    </message>
    <message>
        <source>The file %1 is larger than %2 MB.</source>
        <translation>Tệp %1 lớn hơn %2 MB.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Không đọc được %1: %2</translation>
    </message>
    <message>
        <source>Attached %1 (%2) as the result of %3: attachment %4.</source>
        <translation>Đã đính kèm %1 (%2) làm kết quả của hồ sơ %3: tệp đính kèm số %4.</translation>
    </message>
    <message>
        <source>Attached %1 (%2) to %3: attachment %4.</source>
        <translation>Đã đính kèm %1 (%2) vào %3: tệp đính kèm %4.</translation>
    </message>
</context>
<context>
    <name>motcua::AttachFetchCommand</name>
    <message>
        <source>Lists the files of a dossier that are kept at the center and not yet on this workstation, or fetches them (SHA-256 prefixes, or --all). A fetched file is checked against its SHA-256 and stored encrypted like a scan; a fetch that fails stores nothing.</source>
        <translation>Liệt kê các tệp của hồ sơ đang lưu ở trung tâm mà máy trạm này chưa có, hoặc tải chúng về (theo phần đầu mã SHA-256, hoặc --all). Tệp tải về được kiểm tra theo mã SHA-256 và lưu mã hóa như một bản quét; lần tải thất bại không lưu gì cả.</translation>
    </message>
    <message>
        <source>The dossier code.</source>
        <translation>Mã hồ sơ.</translation>
    </message>
    <message>
        <source>Files to fetch: the start of their SHA-256.</source>
        <translation>Các tệp cần tải: phần đầu mã SHA-256 của chúng.</translation>
    </message>
    <message>
        <source>Fetch every file kept at the center.</source>
        <translation>Tải về mọi tệp đang lưu ở trung tâm.</translation>
    </message>
    <message>
        <source>Ask the center for pieces of N KiB (1 to 1024; default 1024).</source>
        <translation>Yêu cầu máy chủ trung tâm gửi từng phần N KiB (từ 1 đến 1024; mặc định 1024).</translation>
    </message>
    <message>
        <source>give a dossier CODE.</source>
        <translation>hãy nhập MÃ hồ sơ.</translation>
    </message>
    <message>
        <source>--piece-kib takes a number from 1 to 1024.</source>
        <translation>--piece-kib nhận một số từ 1 đến 1024.</translation>
    </message>
    <message>
        <source>Dossier %1 has no file kept at the center.</source>
        <translation>Hồ sơ %1 không có tệp nào đang lưu ở trung tâm.</translation>
    </message>
    <message>
        <source>%1: going on from the %2 received before (of %3).</source>
        <translation>%1: tải tiếp từ %2 đã nhận trước đó (trên tổng %3).</translation>
    </message>
    <message>
        <source>Fetched %1 (%2) from the center: attachment %3.</source>
        <translation>Đã tải %1 (%2) từ trung tâm: tệp đính kèm %3.</translation>
    </message>
</context>
<context>
    <name>motcua::AttachmentRepository</name>
    <message>
        <source>No attachment has the number %1.</source>
        <translation>Không có tệp đính kèm nào số %1.</translation>
    </message>
    <message>
        <source>No dossier has the code %1.</source>
        <translation>Không có hồ sơ nào mã %1.</translation>
    </message>
    <message>
        <source>No kept scan has the id %1.</source>
        <translation>Không có bản quét đã lưu nào có id %1.</translation>
    </message>
    <message>
        <source>saving the attachment</source>
        <translation>lưu tệp đính kèm</translation>
    </message>
    <message>
        <source>reading the attachments</source>
        <translation>đọc các tệp đính kèm</translation>
    </message>
    <message>
        <source>reading the stored files&apos; fingerprints</source>
        <translation>đọc dấu vân tay của các tệp đã lưu</translation>
    </message>
    <message>
        <source>finding the dossier</source>
        <translation>tìm hồ sơ</translation>
    </message>
    <message>
        <source>reading the dossier&apos;s papers</source>
        <translation>đọc các giấy tờ của hồ sơ</translation>
    </message>
    <message>
        <source>keeping the scan</source>
        <translation>giữ lại bản quét</translation>
    </message>
    <message>
        <source>reading the kept scans</source>
        <translation>đọc các bản quét giữ lại</translation>
    </message>
    <message>
        <source>removing the kept scan</source>
        <translation>xóa bản quét giữ lại</translation>
    </message>
    <message>
        <source>removing the unfinished dossier&apos;s scans</source>
        <translation>xóa các bản quét của hồ sơ đang nhập dở</translation>
    </message>
    <message>
        <source>attaching the kept scan to the dossier</source>
        <translation>gắn bản quét giữ lại vào hồ sơ</translation>
    </message>
    <message>
        <source>removing the scans no longer needed</source>
        <translation>xóa các bản quét không còn cần</translation>
    </message>
    <message>
        <source>finding the dossier&apos;s paper</source>
        <translation>tìm giấy tờ của hồ sơ</translation>
    </message>
</context>
<context>
    <name>motcua::AttachmentService</name>
    <message>
        <source>Result</source>
        <translation>Kết quả</translation>
    </message>
    <message>
        <source>Attachments are locked: log in again with your password to open or add them.</source>
        <translation>Tệp đính kèm đang bị khóa: hãy đăng nhập lại bằng mật khẩu của bạn để mở hoặc thêm tệp đính kèm.</translation>
    </message>
    <message>
        <source>Cannot compute the SHA-256 of the file.</source>
        <translation>Không tính được SHA-256 của tệp.</translation>
    </message>
    <message>
        <source>Other papers</source>
        <translation>Giấy tờ khác</translation>
    </message>
    <message>
        <source>Not a SHA-256: %1.</source>
        <translation>Không phải mã SHA-256: %1.</translation>
    </message>
    <message>
        <source>Dossier %1 has no result yet: a result file is attached once processing is complete (%2).</source>
        <translation>Hồ sơ %1 chưa có kết quả: chỉ đính kèm tệp kết quả khi đã giải quyết xong (%2).</translation>
    </message>
    <message>
        <source>The attachment needs a file name.</source>
        <translation>Tệp đính kèm cần có tên tệp.</translation>
    </message>
    <message numerus="yes">
        <source>The file name is longer than %n characters.</source>
        <translation>
            <numerusform>Tên tệp dài hơn %n ký tự.</numerusform>
        </translation>
    </message>
    <message>
        <source>The file %1 is empty.</source>
        <translation>Tệp %1 trống.</translation>
    </message>
    <message>
        <source>The file %1 is larger than %2 MB.</source>
        <translation>Tệp %1 lớn hơn %2 MB.</translation>
    </message>
    <message>
        <source>The page count cannot be negative.</source>
        <translation>Số trang không được âm.</translation>
    </message>
    <message>
        <source>Dossier %1 has no paper with the id %2.</source>
        <translation>Hồ sơ %1 không có giấy tờ nào có mã %2.</translation>
    </message>
    <message>
        <source>The file %1 came from the center damaged (its SHA-256 does not match): nothing was stored.</source>
        <translation>Tệp %1 nhận từ trung tâm bị hỏng (mã SHA-256 không khớp): không lưu gì cả.</translation>
    </message>
    <message>
        <source>The scan is empty.</source>
        <translation>Bản quét trống.</translation>
    </message>
    <message>
        <source>The scan is larger than %1 MB.</source>
        <translation>Bản quét lớn hơn %1 MB.</translation>
    </message>
</context>
<context>
    <name>motcua::AttachmentStore</name>
    <message>
        <source>Cannot write the attachment file %1: %2</source>
        <translation>Không ghi được tệp đính kèm %1: %2</translation>
    </message>
    <message>
        <source>Attachment %1 failed its integrity check (%2): the file on disk was changed or damaged. Restore it from a backup or attach it again.</source>
        <translation>Tệp đính kèm %1 không qua được bước kiểm tra toàn vẹn (%2): tệp trên đĩa đã bị thay đổi hoặc hư hỏng. Hãy khôi phục từ bản sao lưu hoặc đính kèm lại.</translation>
    </message>
    <message>
        <source>Disk space for attachments is running low: %1 free, new scans stop below %2.</source>
        <translation>Dung lượng đĩa cho tệp đính kèm sắp hết: còn trống %1, dưới %2 sẽ ngừng nhận bản quét mới.</translation>
    </message>
    <message>
        <source>Not enough disk space for attachments: %1 free, at least %2 must stay free. New scans and files are refused until space is freed.</source>
        <translation>Không đủ dung lượng đĩa cho tệp đính kèm: còn trống %1, phải để trống ít nhất %2. Bản quét và tệp mới sẽ bị từ chối cho đến khi giải phóng được dung lượng.</translation>
    </message>
    <message>
        <source>Cannot create the attachment folder %1.</source>
        <translation>Không tạo được thư mục tệp đính kèm %1.</translation>
    </message>
    <message>
        <source>Invalid attachment name.</source>
        <translation>Tên tệp đính kèm không hợp lệ.</translation>
    </message>
    <message>
        <source>The file of attachment %1 is missing from %2.</source>
        <translation>Tệp của tệp đính kèm %1 không có trong %2.</translation>
    </message>
    <message>
        <source>Cannot read the attachment file %1: %2</source>
        <translation>Không đọc được tệp đính kèm %1: %2</translation>
    </message>
    <message>
        <source>not an attachment file</source>
        <translation>không phải tệp đính kèm</translation>
    </message>
    <message>
        <source>unknown format version</source>
        <translation>phiên bản định dạng không xác định</translation>
    </message>
    <message>
        <source>authentication tag mismatch</source>
        <translation>thẻ xác thực không khớp</translation>
    </message>
    <message>
        <source>content does not match its SHA-256</source>
        <translation>nội dung không khớp với mã SHA-256</translation>
    </message>
    <message>
        <source>Cannot remove the attachment file %1.</source>
        <translation>Không xóa được tệp đính kèm %1.</translation>
    </message>
</context>
<context>
    <name>motcua::AttachmentViewer</name>
    <message>
        <source>Previous page (Page Up)</source>
        <translation>Trang trước (Page Up)</translation>
    </message>
    <message>
        <source>Next page (Page Down)</source>
        <translation>Trang sau (Page Down)</translation>
    </message>
    <message>
        <source>Zoom in (Ctrl++)</source>
        <translation>Phóng to (Ctrl++)</translation>
    </message>
    <message>
        <source>Zoom out (Ctrl+-)</source>
        <translation>Thu nhỏ (Ctrl+-)</translation>
    </message>
    <message>
        <source>Fit width</source>
        <translation>Vừa chiều rộng</translation>
    </message>
    <message>
        <source>Fit the page to the width (Ctrl+0)</source>
        <translation>Hiển thị trang vừa chiều rộng (Ctrl+0)</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Trang %1 / %2</translation>
    </message>
    <message>
        <source>No document</source>
        <translation>Không có tài liệu</translation>
    </message>
</context>
<context>
    <name>motcua::AuditCommand</name>
    <message>
        <source>Usage: motcuactl audit verify --user ADMIN

Checks that no audit row was changed, removed or added since it was written.
</source>
        <translation>Cách dùng: motcuactl audit verify --user QUẢN_TRỊ

Kiểm tra rằng không dòng nhật ký kiểm tra nào bị sửa, xóa hoặc thêm vào sau khi được ghi.
</translation>
    </message>
    <message>
        <source>Checks the audit trail&apos;s chain (administrators): exit 0 when intact, 1 naming the first row that was changed, removed or slipped in.</source>
        <translation>Kiểm tra chuỗi nhật ký kiểm tra (quản trị viên): mã thoát 0 khi còn nguyên vẹn, 1 kèm tên dòng đầu tiên bị sửa, xóa hoặc chèn thêm.</translation>
    </message>
    <message>
        <source>audit verify takes no arguments.</source>
        <translation>audit verify không nhận đối số.</translation>
    </message>
    <message>
        <source>Only an administrator may check the audit trail.</source>
        <translation>Chỉ quản trị viên mới được kiểm tra nhật ký kiểm tra.</translation>
    </message>
    <message>
        <source>The audit trail is intact: %1 rows checked.</source>
        <translation>Nhật ký kiểm tra còn nguyên vẹn: đã kiểm tra %1 dòng.</translation>
    </message>
    <message>
        <source>The audit trail is broken at row %1 (%2): that row or the one before it was changed, removed or added after it was written.</source>
        <translation>Nhật ký kiểm tra bị phá vỡ tại dòng %1 (%2): dòng này hoặc dòng ngay trước nó đã bị sửa, xóa hoặc thêm vào sau khi được ghi.</translation>
    </message>
</context>
<context>
    <name>motcua::BarcodeReader</name>
    <message>
        <source>The image is empty.</source>
        <translation>Ảnh trống.</translation>
    </message>
    <message>
        <source>No QR code was found in the image. Try a sharper picture, closer to the code.</source>
        <translation>Không tìm thấy mã QR trong ảnh. Hãy thử ảnh rõ nét hơn, chụp gần mã hơn.</translation>
    </message>
    <message>
        <source>Cannot read the image %1: %2</source>
        <translation>Không đọc được ảnh %1: %2</translation>
    </message>
</context>
<context>
    <name>motcua::BulkDossierLoad</name>
    <message>
        <source>reading the dossiers</source>
        <translation>đọc danh sách hồ sơ</translation>
    </message>
    <message>
        <source>reading the departments</source>
        <translation>đọc danh sách phòng ban</translation>
    </message>
    <message>
        <source>reading the database&apos;s indexes</source>
        <translation>đọc các chỉ mục của cơ sở dữ liệu</translation>
    </message>
    <message>
        <source>recording what the portal has</source>
        <translation>ghi nhận các hồ sơ cổng dịch vụ công đã có</translation>
    </message>
</context>
<context>
    <name>motcua::CalendarCommands</name>
    <message>
        <source>Usage: motcuactl calendar SUBCOMMAND [options]

Subcommands:
  due        the appointment date of a dossier received at a given time
  holidays   the holidays, compensatory days off and working weekend days of a year

motcuactl calendar SUBCOMMAND --help shows the options of each.
</source>
        <translation>Cách dùng: motcuactl calendar LỆNH_CON [tùy chọn]

Lệnh con:
  due        ngày hẹn trả của hồ sơ tiếp nhận vào một thời điểm
  holidays   các ngày lễ, ngày nghỉ bù và ngày cuối tuần làm việc bù của một năm

motcuactl calendar LỆNH_CON --help cho biết các tùy chọn của từng lệnh.
</translation>
    </message>
    <message>
        <source>Invalid time &apos;%1&apos;: use ISO 8601, e.g. 2026-02-13T15:00 (Vietnam time) or 2026-02-13T08:00Z.</source>
        <translation>Thời gian &apos;%1&apos; không hợp lệ: dùng ISO 8601, ví dụ 2026-02-13T15:00 (giờ Việt Nam) hoặc 2026-02-13T08:00Z.</translation>
    </message>
    <message>
        <source>The appointment date of a dossier received at --received, from a procedure&apos;s statutory time or from a time given directly. Give exactly one of --procedure, --working-days, --working-hours, --calendar-days. The answer is Vietnam time with its offset.</source>
        <translation>Ngày hẹn trả của hồ sơ tiếp nhận lúc --received, tính theo thời hạn giải quyết của thủ tục hoặc theo thời hạn nhập trực tiếp. Chỉ dùng đúng một trong các tùy chọn --procedure, --working-days, --working-hours, --calendar-days. Kết quả là giờ Việt Nam kèm độ lệch múi giờ.</translation>
    </message>
    <message>
        <source>Procedure code from the catalogue.</source>
        <translation>Mã thủ tục trong danh mục.</translation>
    </message>
    <message>
        <source>With --procedure: counter (default), online or postal.</source>
        <translation>Đi kèm --procedure: counter (mặc định), online hoặc postal.</translation>
    </message>
    <message>
        <source>Number of working days.</source>
        <translation>Số ngày làm việc.</translation>
    </message>
    <message>
        <source>Number of working hours.</source>
        <translation>Số giờ làm việc.</translation>
    </message>
    <message>
        <source>Number of calendar days.</source>
        <translation>Số ngày theo lịch.</translation>
    </message>
    <message>
        <source>When the dossier was received, ISO 8601; without an offset it is Vietnam time (+07:00).</source>
        <translation>Thời điểm tiếp nhận hồ sơ, theo ISO 8601; không ghi độ lệch thì là giờ Việt Nam (+07:00).</translation>
    </message>
    <message>
        <source>unexpected argument &apos;%1&apos;.</source>
        <translation>tham số &apos;%1&apos; không được mong đợi.</translation>
    </message>
    <message>
        <source>give exactly one of --procedure, --working-days, --working-hours, --calendar-days.</source>
        <translation>hãy dùng đúng một trong các tùy chọn --procedure, --working-days, --working-hours, --calendar-days.</translation>
    </message>
    <message>
        <source>--channel needs --procedure.</source>
        <translation>--channel cần đi kèm --procedure.</translation>
    </message>
    <message>
        <source>--received is required.</source>
        <translation>cần có --received.</translation>
    </message>
    <message>
        <source>unknown channel &apos;%1&apos;: counter, online or postal.</source>
        <translation>hình thức nộp &apos;%1&apos; không hợp lệ: counter, online hoặc postal.</translation>
    </message>
    <message>
        <source>Procedure %1 cannot be submitted %2.</source>
        <translation>Thủ tục %1 không nộp được theo hình thức %2.</translation>
    </message>
    <message>
        <source>Invalid --%1 &apos;%2&apos;: a number above 0.</source>
        <translation>--%1 &apos;%2&apos; không hợp lệ: cần một số lớn hơn 0.</translation>
    </message>
    <message>
        <source>No appointment could be computed for this time.</source>
        <translation>Không tính được ngày hẹn trả cho thời điểm này.</translation>
    </message>
    <message>
        <source>Appointment: %1
Rule: %2</source>
        <translation>Hẹn trả: %1
Cách tính: %2</translation>
    </message>
    <message>
        <source>The dated rows of a year&apos;s work calendar: holidays, compensatory days off, weekend working days. A year with no confirmed rows shows the proposal computed from the lunar calendar.</source>
        <translation>Các ngày đặc biệt trong lịch làm việc của một năm: ngày lễ, ngày nghỉ bù, ngày cuối tuần làm việc bù. Năm chưa có lịch được xác nhận thì hiển thị đề xuất tính theo âm lịch.</translation>
    </message>
    <message>
        <source>The year, e.g. 2026.</source>
        <translation>Năm, ví dụ 2026.</translation>
    </message>
    <message>
        <source>give one YEAR.</source>
        <translation>hãy cho một NĂM.</translation>
    </message>
    <message>
        <source>Invalid year &apos;%1&apos;.</source>
        <translation>Năm &apos;%1&apos; không hợp lệ.</translation>
    </message>
    <message>
        <source>%1: confirmed calendar</source>
        <translation>%1: lịch đã xác nhận</translation>
    </message>
    <message>
        <source>%1: PROPOSED from the lunar calendar, not confirmed by an administrator</source>
        <translation>%1: ĐỀ XUẤT theo âm lịch, chưa được quản trị viên xác nhận</translation>
    </message>
    <message>
        <source>DATE</source>
        <translation>NGÀY</translation>
    </message>
    <message>
        <source>DAY</source>
        <translation>THỨ</translation>
    </message>
    <message>
        <source>KIND</source>
        <translation>LOẠI</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>TÊN</translation>
    </message>
</context>
<context>
    <name>motcua::CalendarRepository</name>
    <message>
        <source>reading the work calendar</source>
        <translation>đọc lịch làm việc</translation>
    </message>
    <message>
        <source>The date %1 is not in the year %2.</source>
        <translation>Ngày %1 không thuộc năm %2.</translation>
    </message>
    <message>
        <source>The date %1 appears more than once.</source>
        <translation>Ngày %1 xuất hiện nhiều lần.</translation>
    </message>
    <message>
        <source>saving the work calendar</source>
        <translation>lưu lịch làm việc</translation>
    </message>
    <message>
        <source>reading the working hours</source>
        <translation>đọc giờ làm việc</translation>
    </message>
    <message>
        <source>Working periods must be non-empty, each ending after it starts, in order and not overlapping.</source>
        <translation>Các khoảng giờ làm việc không được trống, mỗi khoảng phải kết thúc sau khi bắt đầu, theo thứ tự và không chồng lên nhau.</translation>
    </message>
    <message>
        <source>Weekend days must be distinct days 1 (Monday) to 7 (Sunday), leaving at least one working day.</source>
        <translation>Ngày nghỉ cuối tuần phải là các ngày khác nhau từ 1 (Thứ Hai) đến 7 (Chủ Nhật) và còn lại ít nhất một ngày làm việc.</translation>
    </message>
    <message>
        <source>saving the working hours</source>
        <translation>lưu giờ làm việc</translation>
    </message>
    <message>
        <source>reading the holiday calendar</source>
        <translation>đọc lịch ngày nghỉ</translation>
    </message>
</context>
<context>
    <name>motcua::CalendarService</name>
    <message>
        <source>The year %1 is outside the supported years %2–%3.</source>
        <translation>Năm %1 nằm ngoài khoảng năm được hỗ trợ %2–%3.</translation>
    </message>
    <message>
        <source>Only an administrator can confirm the holidays of a year.</source>
        <translation>Chỉ quản trị viên mới được xác nhận lịch nghỉ lễ của một năm.</translation>
    </message>
    <message>
        <source>The holidays of %1 are empty; a year always has public holidays.</source>
        <translation>Lịch nghỉ lễ năm %1 đang trống; năm nào cũng có ngày lễ.</translation>
    </message>
    <message>
        <source>The name of %1 %2</source>
        <translation>Tên của ngày %1 %2</translation>
    </message>
    <message>
        <source>Only an administrator can change the working hours.</source>
        <translation>Chỉ quản trị viên mới được thay đổi giờ làm việc.</translation>
    </message>
    <message>
        <source>The holiday file is not valid JSON: %1 (at byte %2).</source>
        <translation>Tệp lịch nghỉ lễ không phải JSON hợp lệ: %1 (tại byte %2).</translation>
    </message>
    <message>
        <source>The holiday file must be an object with a &quot;rows&quot; array.</source>
        <translation>Tệp lịch nghỉ lễ phải là một đối tượng có mảng &quot;rows&quot;.</translation>
    </message>
    <message>
        <source>The holiday file has no rows.</source>
        <translation>Tệp lịch nghỉ lễ không có dòng nào.</translation>
    </message>
    <message>
        <source>Row %1 of the holiday file is not an object.</source>
        <translation>Dòng %1 của tệp lịch nghỉ lễ không phải là một đối tượng.</translation>
    </message>
    <message>
        <source>Row %1, field &quot;date&quot;: &quot;%2&quot; is not a date of the form YYYY-MM-DD.</source>
        <translation>Dòng %1, trường &quot;date&quot;: &quot;%2&quot; không phải ngày dạng YYYY-MM-DD.</translation>
    </message>
    <message>
        <source>Row %1, field &quot;date&quot;: %2 is outside the supported years %3–%4.</source>
        <translation>Dòng %1, trường &quot;date&quot;: %2 nằm ngoài khoảng năm được hỗ trợ %3–%4.</translation>
    </message>
    <message>
        <source>Row %1, field &quot;kind&quot;: &quot;%2&quot; is not one of holiday, compensatory, working.</source>
        <translation>Dòng %1, trường &quot;kind&quot;: &quot;%2&quot; không thuộc holiday, compensatory, working.</translation>
    </message>
    <message>
        <source>Row %1, field &quot;name&quot;: the name must be text.</source>
        <translation>Dòng %1, trường &quot;name&quot;: tên phải là văn bản.</translation>
    </message>
    <message>
        <source>Row %1, field &quot;name&quot;: the name %2</source>
        <translation>Dòng %1, trường &quot;name&quot;: tên %2</translation>
    </message>
    <message>
        <source>Row %1, field &quot;date&quot;: %2 repeats row %3.</source>
        <translation>Dòng %1, trường &quot;date&quot;: %2 trùng với dòng %3.</translation>
    </message>
    <message>
        <source>Only an administrator can import holidays.</source>
        <translation>Chỉ quản trị viên mới được nhập lịch nghỉ lễ.</translation>
    </message>
</context>
<context>
    <name>motcua::CatalogueCommands</name>
    <message>
        <source>Usage: motcuactl catalogue SUBCOMMAND [options]

Subcommands:
  list [--department CODE]   the procedures in force today

motcuactl catalogue list --help shows its options.
To import a catalogue file: motcuactl import-catalogue FILE --user NAME
</source>
        <translation>Cách dùng: motcuactl catalogue LỆNH_CON [tùy chọn]

Lệnh con:
  list [--department MÃ]   các thủ tục đang có hiệu lực hôm nay

motcuactl catalogue list --help cho biết các tùy chọn.
Để nhập tệp danh mục: motcuactl import-catalogue TỆP --user TÊN
</translation>
    </message>
    <message>
        <source>none</source>
        <translation>không có</translation>
    </message>
    <message>
        <source>Imports a procedure catalogue in the national catalogue&apos;s JSON shape (administrators only). The file is checked whole first: any error refuses it and leaves the database unchanged.</source>
        <translation>Nhập danh mục thủ tục theo định dạng JSON của Cơ sở dữ liệu quốc gia về thủ tục hành chính (chỉ quản trị viên). Toàn bộ tệp được kiểm tra trước: có lỗi thì từ chối cả tệp và cơ sở dữ liệu giữ nguyên.</translation>
    </message>
    <message>
        <source>The catalogue as JSON.</source>
        <translation>Danh mục dạng JSON.</translation>
    </message>
    <message>
        <source>give one FILE.</source>
        <translation>hãy cho một TỆP.</translation>
    </message>
    <message>
        <source>No such file: %1</source>
        <translation>Không có tệp: %1</translation>
    </message>
    <message>
        <source>Catalogue imported, in force from %1: %2 departments (%3 new), %4 procedures (%5 new, %6 replaced).</source>
        <translation>Đã nhập danh mục, có hiệu lực từ %1: %2 cơ quan (%3 mới), %4 thủ tục (%5 mới, %6 thay thế).</translation>
    </message>
    <message>
        <source>Lists the procedures in force today: code, name, department, time at the counter, fees.</source>
        <translation>Liệt kê các thủ tục đang có hiệu lực hôm nay: mã, tên, cơ quan, thời hạn khi nộp trực tiếp, phí, lệ phí.</translation>
    </message>
    <message>
        <source>Only this department&apos;s procedures.</source>
        <translation>Chỉ các thủ tục của cơ quan này.</translation>
    </message>
    <message>
        <source>catalogue list takes no arguments.</source>
        <translation>catalogue list không nhận tham số.</translation>
    </message>
    <message>
        <source>not at the counter</source>
        <translation>không nộp trực tiếp</translation>
    </message>
    <message>
        <source>CODE</source>
        <translation>MÃ</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>TÊN</translation>
    </message>
    <message>
        <source>DEPARTMENT</source>
        <translation>CƠ QUAN</translation>
    </message>
    <message>
        <source>COUNTER TIME</source>
        <translation>THỜI HẠN TRỰC TIẾP</translation>
    </message>
    <message>
        <source>FEES</source>
        <translation>PHÍ, LỆ PHÍ</translation>
    </message>
</context>
<context>
    <name>motcua::CatalogueImporter</name>
    <message>
        <source>Catalogue file, field &quot;%1&quot;: %2</source>
        <translation>Tệp danh mục, trường &quot;%1&quot;: %2</translation>
    </message>
    <message>
        <source>%1, field &quot;%2&quot;: %3</source>
        <translation>%1, trường &quot;%2&quot;: %3</translation>
    </message>
    <message>
        <source>must be text</source>
        <translation>phải là văn bản</translation>
    </message>
    <message>
        <source>missing or empty</source>
        <translation>bị thiếu hoặc để trống</translation>
    </message>
    <message>
        <source>must be a whole number, not %1</source>
        <translation>phải là số nguyên, không phải %1</translation>
    </message>
    <message>
        <source>must not be negative (%1)</source>
        <translation>không được âm (%1)</translation>
    </message>
    <message>
        <source>must be a list of texts</source>
        <translation>phải là danh sách văn bản</translation>
    </message>
    <message>
        <source>must be a list</source>
        <translation>phải là danh sách</translation>
    </message>
    <message>
        <source>must be an object</source>
        <translation>phải là đối tượng</translation>
    </message>
    <message>
        <source>unknown channel %1</source>
        <translation>hình thức nộp %1 không hợp lệ</translation>
    </message>
    <message>
        <source>must be an object with a value and a unit</source>
        <translation>phải là đối tượng có giá trị và đơn vị</translation>
    </message>
    <message>
        <source>must be a number</source>
        <translation>phải là số</translation>
    </message>
    <message>
        <source>must be greater than zero, not %1</source>
        <translation>phải lớn hơn 0, không phải %1</translation>
    </message>
    <message>
        <source>unknown unit %1</source>
        <translation>đơn vị %1 không hợp lệ</translation>
    </message>
    <message>
        <source>missing: a procedure needs its channels and processing times</source>
        <translation>bị thiếu: thủ tục cần có hình thức nộp và thời hạn giải quyết</translation>
    </message>
    <message>
        <source>%1: channel entry %2 has no processing time and was skipped</source>
        <translation>%1: mục hình thức nộp %2 không có thời hạn giải quyết nên đã bỏ qua</translation>
    </message>
    <message>
        <source>the channel is listed again with unit %1 where %2 gave %3; steps can only be added up in one unit</source>
        <translation>hình thức nộp được liệt kê lại với đơn vị %1 trong khi %2 dùng %3; chỉ cộng được các bước cùng một đơn vị</translation>
    </message>
    <message>
        <source>%1: channel %2 is given in %3 steps; their times were added up to %4</source>
        <translation>%1: hình thức nộp %2 gồm %3 bước; thời hạn các bước được cộng lại thành %4</translation>
    </message>
    <message>
        <source>%1: no channel has a processing time; no appointment date can be computed</source>
        <translation>%1: không hình thức nộp nào có thời hạn giải quyết; không tính được ngày hẹn trả</translation>
    </message>
    <message>
        <source>%1 papers of one kind is not plausible</source>
        <translation>%1 bản của một loại giấy tờ là không hợp lý</translation>
    </message>
    <message>
        <source>must be true or false</source>
        <translation>phải là true hoặc false</translation>
    </message>
    <message>
        <source>The catalogue file is not valid JSON: %1 at byte offset %2</source>
        <translation>Tệp danh mục không phải JSON hợp lệ: %1 tại byte %2</translation>
    </message>
    <message>
        <source>The catalogue file must hold a JSON object with departments and procedures</source>
        <translation>Tệp danh mục phải chứa một đối tượng JSON có departments và procedures</translation>
    </message>
    <message>
        <source>%1 is not a date in the form YYYY-MM-DD</source>
        <translation>%1 không phải ngày dạng YYYY-MM-DD</translation>
    </message>
    <message>
        <source>missing or not a list</source>
        <translation>bị thiếu hoặc không phải danh sách</translation>
    </message>
    <message>
        <source>department #%1</source>
        <translation>cơ quan #%1</translation>
    </message>
    <message>
        <source>%1: must be an object</source>
        <translation>%1: phải là đối tượng</translation>
    </message>
    <message>
        <source>department #%1 (%2)</source>
        <translation>cơ quan #%1 (%2)</translation>
    </message>
    <message>
        <source>%1 is too large</source>
        <translation>%1 quá lớn</translation>
    </message>
    <message>
        <source>duplicate of department #%1</source>
        <translation>trùng với cơ quan #%1</translation>
    </message>
    <message>
        <source>procedure #%1</source>
        <translation>thủ tục #%1</translation>
    </message>
    <message>
        <source>procedure #%1 (%2)</source>
        <translation>thủ tục #%1 (%2)</translation>
    </message>
    <message>
        <source>duplicate of procedure #%1</source>
        <translation>trùng với thủ tục #%1</translation>
    </message>
    <message>
        <source>no department with code %1 in the file&apos;s departments</source>
        <translation>không có cơ quan mã %1 trong danh sách cơ quan của tệp</translation>
    </message>
    <message>
        <source>no department named %1 in the file&apos;s departments</source>
        <translation>không có cơ quan tên %1 trong danh sách cơ quan của tệp</translation>
    </message>
    <message>
        <source>%1 is not a time in the form HH:MM</source>
        <translation>%1 không phải giờ dạng HH:MM</translation>
    </message>
</context>
<context>
    <name>motcua::CataloguePage</name>
    <message>
        <source>Procedure catalogue</source>
        <translation>Danh mục thủ tục hành chính</translation>
    </message>
    <message>
        <source>Procedures</source>
        <translation>Thủ tục</translation>
    </message>
    <message>
        <source>Holiday calendar</source>
        <translation>Lịch nghỉ lễ</translation>
    </message>
    <message>
        <source>Search by code, name or field (diacritics optional)</source>
        <translation>Tìm theo mã, tên hoặc lĩnh vực (gõ không dấu cũng được)</translation>
    </message>
    <message>
        <source>Import catalogue…</source>
        <translation>Nhập danh mục…</translation>
    </message>
    <message>
        <source>&amp;Departments</source>
        <translation>Cơ &amp;quan, đơn vị</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Mã</translation>
    </message>
    <message>
        <source>Procedure</source>
        <translation>Thủ tục</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Lĩnh vực</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Cơ quan</translation>
    </message>
    <message>
        <source>Time at counter</source>
        <translation>Thời hạn (trực tiếp)</translation>
    </message>
    <message>
        <source>Fees</source>
        <translation>Phí, lệ phí</translation>
    </message>
    <message>
        <source>All departments</source>
        <translation>Tất cả cơ quan</translation>
    </message>
    <message numerus="yes">
        <source>%n procedure(s)</source>
        <translation>
            <numerusform>%n thủ tục</numerusform>
        </translation>
    </message>
    <message>
        <source>none stated</source>
        <translation>không quy định</translation>
    </message>
    <message>
        <source>Import procedure catalogue</source>
        <translation>Nhập danh mục thủ tục</translation>
    </message>
    <message>
        <source>Catalogue files (*.json)</source>
        <translation>Tệp danh mục (*.json)</translation>
    </message>
    <message>
        <source>The catalogue %1 was not imported: %2</source>
        <translation>Chưa nhập được danh mục %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>Imported %1: %n department(s) (%2 new)</source>
        <translation>
            <numerusform>Đã nhập %1: %n cơ quan (%2 mới)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>and %n procedure(s) (%1 new, %2 updated), in force from %3.</source>
        <translation>
            <numerusform>và %n thủ tục (%1 mới, %2 cập nhật), có hiệu lực từ %3.</numerusform>
        </translation>
    </message>
    <message>
        <source>Notes:</source>
        <translation>Ghi chú:</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more.</source>
        <translation>
            <numerusform>… và %n mục khác.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>motcua::CataloguePull</name>
    <message>
        <source>MATTHC or TENTTHC is missing.</source>
        <translation>Thiếu MATTHC hoặc TENTTHC.</translation>
    </message>
    <message>
        <source>COQUANTHUCHIEN names no implementing department.</source>
        <translation>COQUANTHUCHIEN không nêu cơ quan thực hiện nào.</translation>
    </message>
    <message>
        <source>the answer holds no procedure.</source>
        <translation>phản hồi không chứa thủ tục nào.</translation>
    </message>
    <message>
        <source>the answer is about another procedure (%1).</source>
        <translation>phản hồi thuộc về một thủ tục khác (%1).</translation>
    </message>
    <message>
        <source>the procedure has no name.</source>
        <translation>thủ tục không có tên.</translation>
    </message>
    <message>
        <source>The portal&apos;s list of procedures (LayDanhSachTTHC) is not a list.</source>
        <translation>Danh sách thủ tục của cổng dịch vụ công (LayDanhSachTTHC) không phải là một danh sách.</translation>
    </message>
    <message>
        <source>The procedure %1 could not be fetched (LayThuTuc): %2</source>
        <translation>Không lấy được thủ tục %1 (LayThuTuc): %2</translation>
    </message>
    <message>
        <source>The portal&apos;s answer for procedure %1 (LayThuTuc) cannot be used: %2 The catalogue was left unchanged.</source>
        <translation>Không dùng được phản hồi của cổng dịch vụ công cho thủ tục %1 (LayThuTuc): %2 Danh mục được giữ nguyên.</translation>
    </message>
    <message>
        <source>The procedures from the portal were refused by the catalogue import: %1 The catalogue was left unchanged.</source>
        <translation>Các thủ tục lấy từ cổng dịch vụ công bị từ chối khi nhập danh mục: %1 Danh mục được giữ nguyên.</translation>
    </message>
</context>
<context>
    <name>motcua::CatalogueRepository</name>
    <message>
        <source>recording the catalogue version</source>
        <translation>ghi phiên bản danh mục thủ tục</translation>
    </message>
    <message>
        <source>reading the departments</source>
        <translation>đọc danh sách cơ quan</translation>
    </message>
    <message>
        <source>saving a department</source>
        <translation>lưu một phòng ban</translation>
    </message>
    <message>
        <source>reading the procedures</source>
        <translation>đọc danh sách thủ tục</translation>
    </message>
    <message>
        <source>saving a procedure</source>
        <translation>lưu một thủ tục</translation>
    </message>
    <message>
        <source>replacing a procedure</source>
        <translation>thay thế một thủ tục</translation>
    </message>
    <message>
        <source>saving a procedure&apos;s channels</source>
        <translation>lưu các kênh thực hiện của một thủ tục</translation>
    </message>
    <message>
        <source>saving a procedure&apos;s components</source>
        <translation>lưu thành phần hồ sơ của một thủ tục</translation>
    </message>
    <message>
        <source>No department with code &quot;%1&quot;.</source>
        <translation>Không có cơ quan mã &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>reading the catalogue versions</source>
        <translation>đọc các phiên bản danh mục thủ tục</translation>
    </message>
    <message>
        <source>reading a procedure&apos;s channels</source>
        <translation>đọc các kênh thực hiện của một thủ tục</translation>
    </message>
    <message>
        <source>reading a procedure&apos;s components</source>
        <translation>đọc thành phần hồ sơ của một thủ tục</translation>
    </message>
    <message>
        <source>No procedure with code &quot;%1&quot; is in force on %2.</source>
        <translation>Không có thủ tục mã &quot;%1&quot; có hiệu lực vào ngày %2.</translation>
    </message>
    <message>
        <source>No procedure with id %1.</source>
        <translation>Không có thủ tục với id %1.</translation>
    </message>
</context>
<context>
    <name>motcua::CatalogueService</name>
    <message>
        <source>Only an administrator may import the procedure catalogue; %1 is signed in as %2.</source>
        <translation>Chỉ quản trị viên mới được nhập danh mục thủ tục; %1 đang đăng nhập với vai trò %2.</translation>
    </message>
    <message>
        <source>Cannot read the catalogue file %1: %2</source>
        <translation>Không đọc được tệp danh mục %1: %2</translation>
    </message>
    <message>
        <source>The demo catalogue is missing from this build: %1</source>
        <translation>Bản dựng này thiếu danh mục mẫu: %1</translation>
    </message>
</context>
<context>
    <name>motcua::CenterAccountRepository</name>
    <message>
        <source>There is no such user account.</source>
        <translation>Không có tài khoản người dùng này.</translation>
    </message>
    <message>
        <source>reading the center&apos;s keys</source>
        <translation>đọc các khóa của trung tâm</translation>
    </message>
    <message>
        <source>saving the center&apos;s keys</source>
        <translation>lưu các khóa của trung tâm</translation>
    </message>
    <message>
        <source>reading the account the center signed</source>
        <translation>đọc tài khoản do trung tâm ký</translation>
    </message>
    <message>
        <source>reading the user&apos;s departments</source>
        <translation>đọc các phòng ban của người dùng</translation>
    </message>
    <message>
        <source>saving the user&apos;s departments</source>
        <translation>lưu các phòng ban của người dùng</translation>
    </message>
    <message>
        <source>marking the account for the center</source>
        <translation>đánh dấu tài khoản cần gửi lên trung tâm</translation>
    </message>
    <message>
        <source>reading the accounts waiting for the center</source>
        <translation>đọc các tài khoản đang chờ gửi lên trung tâm</translation>
    </message>
    <message>
        <source>recording that the center has the account</source>
        <translation>ghi nhận trung tâm đã nhận tài khoản</translation>
    </message>
    <message>
        <source>reading the user account</source>
        <translation>đọc tài khoản người dùng</translation>
    </message>
    <message>
        <source>saving an account from the center</source>
        <translation>lưu tài khoản từ trung tâm</translation>
    </message>
    <message>
        <source>reading the account&apos;s key</source>
        <translation>đọc khóa của tài khoản</translation>
    </message>
    <message>
        <source>saving the account&apos;s key</source>
        <translation>lưu khóa của tài khoản</translation>
    </message>
    <message>
        <source>removing the account&apos;s key</source>
        <translation>xóa khóa của tài khoản</translation>
    </message>
</context>
<context>
    <name>motcua::CenterAccounts</name>
    <message>
        <source>%1: %2 (accounts).</source>
        <translation>%1: %2 (tài khoản).</translation>
    </message>
    <message>
        <source>%1.%2 is missing.</source>
        <translation>Thiếu %1.%2.</translation>
    </message>
    <message>
        <source>not a user name</source>
        <translation>không phải tên đăng nhập</translation>
    </message>
    <message>
        <source>too long</source>
        <translation>quá dài</translation>
    </message>
    <message>
        <source>unknown role</source>
        <translation>vai trò không xác định</translation>
    </message>
    <message>
        <source>not a department code</source>
        <translation>không phải mã đơn vị</translation>
    </message>
    <message>
        <source>not a password verifier</source>
        <translation>không phải dữ liệu kiểm tra mật khẩu</translation>
    </message>
    <message>
        <source>not a key wrap</source>
        <translation>không phải bản bọc khóa</translation>
    </message>
    <message>
        <source>from 1 to %1 accounts</source>
        <translation>từ 1 đến %1 tài khoản</translation>
    </message>
    <message>
        <source>not a cursor</source>
        <translation>không phải mốc</translation>
    </message>
    <message>
        <source>from 1 to 1000</source>
        <translation>từ 1 đến 1000</translation>
    </message>
    <message>
        <source>The center has no account named %1.</source>
        <translation>Trung tâm không có tài khoản tên %1.</translation>
    </message>
    <message>
        <source>The center has no account of that name.</source>
        <translation>Máy chủ trung tâm không có tài khoản mang tên này.</translation>
    </message>
</context>
<context>
    <name>motcua::CenterAuth</name>
    <message>
        <source>Wrong username or password.</source>
        <translation>Sai tên đăng nhập hoặc mật khẩu.</translation>
    </message>
    <message>
        <source>Too many failed sign-ins; try again in %1 minutes.</source>
        <translation>Đăng nhập sai quá nhiều lần; hãy thử lại sau %1 phút.</translation>
    </message>
    <message>
        <source>Station %1 is enrolled already. Revoke it first (motcua-center revoke --station %1).</source>
        <translation>Máy %1 đã được đăng ký. Hãy thu hồi trước (motcua-center revoke --station %1).</translation>
    </message>
    <message>
        <source>The enrolment code is wrong, used or expired. Ask the center&apos;s administrator for a new one.</source>
        <translation>Mã đăng ký sai, đã dùng hoặc đã hết hạn. Hãy xin quản trị viên của trung tâm một mã mới.</translation>
    </message>
    <message>
        <source>Station %1 is enrolled already.</source>
        <translation>Máy %1 đã được đăng ký.</translation>
    </message>
    <message>
        <source>Station %1 is not enrolled.</source>
        <translation>Máy %1 chưa được đăng ký.</translation>
    </message>
    <message>
        <source>An administrator needs a name and a password of at least 10 characters.</source>
        <translation>Quản trị viên cần có tên và mật khẩu dài ít nhất 10 ký tự.</translation>
    </message>
    <message>
        <source>The bundle is not signed by a workstation enrolled at this center.</source>
        <translation>Gói không được ký bởi một máy trạm đã đăng ký tại trung tâm này.</translation>
    </message>
    <message>
        <source>This workstation is not enrolled at the center, or was revoked.</source>
        <translation>Máy trạm này chưa đăng ký với máy chủ trung tâm, hoặc đã bị thu hồi.</translation>
    </message>
</context>
<context>
    <name>motcua::CenterCommands</name>
    <message>
        <source>Joins this workstation to its center&apos;s server (motcua-center) with the one-time code the center&apos;s administrator printed (motcua-center enrol --station N). The center gives the station its number and its own credential, kept sealed under the data key. Needs an administrator.</source>
        <translation>Cho máy trạm này tham gia máy chủ của trung tâm (motcua-center) bằng mã dùng một lần do quản trị viên trung tâm in ra (motcua-center enrol --station N). Trung tâm cấp cho máy trạm số máy và thông tin đăng nhập riêng, được niêm phong bằng khóa dữ liệu. Cần quản trị viên.</translation>
    </message>
    <message>
        <source>The center&apos;s https:// address.</source>
        <translation>Địa chỉ https:// của trung tâm.</translation>
    </message>
    <message>
        <source>One-time code.</source>
        <translation>Mã dùng một lần.</translation>
    </message>
    <message>
        <source>The center&apos;s CA or certificate (PEM) to trust.</source>
        <translation>CA hoặc chứng thư (PEM) của trung tâm để tin cậy.</translation>
    </message>
    <message>
        <source>This workstation&apos;s name at the center.</source>
        <translation>Tên của máy trạm này tại trung tâm.</translation>
    </message>
    <message>
        <source>give the center&apos;s URL.</source>
        <translation>hãy cho URL của trung tâm.</translation>
    </message>
    <message>
        <source>--code CODE and --ca FILE are required.</source>
        <translation>Cần --code MÃ và --ca TỆP.</translation>
    </message>
    <message>
        <source>the center&apos;s URL must be an https:// address.</source>
        <translation>URL của trung tâm phải là địa chỉ https://.</translation>
    </message>
    <message>
        <source>Only an administrator can join the workstation to a center.</source>
        <translation>Chỉ quản trị viên mới cho máy trạm tham gia trung tâm được.</translation>
    </message>
    <message>
        <source>Joined %1 as station %2.</source>
        <translation>Đã tham gia %1 với số máy %2.</translation>
    </message>
    <message>
        <source>center join URL --code CODE --ca FILE: join the center&apos;s server with a one-time code. center refeed: pull every dossier of the center again at the next sync pass.</source>
        <translation>center join URL --code MÃ --ca TỆP: kết nối với máy chủ của trung tâm bằng mã dùng một lần. center refeed: tải lại mọi hồ sơ của trung tâm ở lượt đồng bộ tới.</translation>
    </message>
    <message>
        <source>Sets the center&apos;s feed back to its start: the next sync pass pulls every dossier of the center again, so copies pulled by an older version of this workstation get everything their record carries (forms 02 to 04 included). Nothing is doubled. Needs an administrator; audited.</source>
        <translation>Đưa luồng hồ sơ của trung tâm về điểm đầu: lượt đồng bộ tới tải lại mọi hồ sơ của trung tâm, để các bản sao do phiên bản cũ của máy trạm này tải về nhận đủ mọi thông tin bản ghi mang theo (kể cả mẫu 02 đến 04). Không hồ sơ nào bị nhân đôi. Cần quản trị viên; có ghi nhật ký.</translation>
    </message>
    <message>
        <source>center refeed takes no arguments.</source>
        <translation>center refeed không nhận đối số.</translation>
    </message>
    <message>
        <source>Only an administrator can have the center&apos;s feed pulled again.</source>
        <translation>Chỉ quản trị viên mới được cho tải lại luồng hồ sơ của trung tâm.</translation>
    </message>
    <message>
        <source>The next sync pass pulls every dossier of the center again.</source>
        <translation>Lượt đồng bộ tới sẽ tải lại mọi hồ sơ của trung tâm.</translation>
    </message>
    <message>
        <source>Nothing was pulled from the center yet: the next sync pass pulls every dossier of the center.</source>
        <translation>Chưa tải gì từ trung tâm: lượt đồng bộ tới sẽ tải mọi hồ sơ của trung tâm.</translation>
    </message>
</context>
<context>
    <name>motcua::CenterConfig</name>
    <message>
        <source>&quot;%1&quot; must be a number from %2 to %3.</source>
        <translation>&quot;%1&quot; phải là số từ %2 đến %3.</translation>
    </message>
    <message>
        <source>Unknown setting &quot;%1&quot;.</source>
        <translation>Không có thiết lập &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Cannot read the configuration file %1.</source>
        <translation>Không đọc được tệp cấu hình %1.</translation>
    </message>
    <message>
        <source>%1, line %2: expected &quot;key = value&quot;.</source>
        <translation>%1, dòng %2: cần dạng &quot;khóa = giá trị&quot;.</translation>
    </message>
    <message>
        <source>%1, line %2: %3</source>
        <translation>%1, dòng %2: %3</translation>
    </message>
    <message>
        <source>&quot;listen&quot; must be ADDR:PORT, for example 0.0.0.0:8443.</source>
        <translation>&quot;listen&quot; phải có dạng ĐỊA_CHỈ:CỔNG, ví dụ 0.0.0.0:8443.</translation>
    </message>
</context>
<context>
    <name>motcua::CenterDatabase</name>
    <message>
        <source>PostgreSQL: %1</source>
        <translation>PostgreSQL: %1</translation>
    </message>
    <message>
        <source>Cannot connect to PostgreSQL: %1</source>
        <translation>Không kết nối được PostgreSQL: %1</translation>
    </message>
    <message>
        <source>The database&apos;s schema is version %1, newer than this motcua-center knows (%2). Install the newer motcua-center; nothing was changed.</source>
        <translation>Lược đồ cơ sở dữ liệu là phiên bản %1, mới hơn phiên bản motcua-center này biết (%2). Hãy cài motcua-center mới hơn; chưa có gì bị thay đổi.</translation>
    </message>
    <message>
        <source>The database&apos;s schema is version %1, newer than this motcua-center knows (%2). Install the newer motcua-center.</source>
        <translation>Lược đồ cơ sở dữ liệu là phiên bản %1, mới hơn phiên bản motcua-center này biết (%2). Hãy cài motcua-center mới hơn.</translation>
    </message>
    <message>
        <source>The database&apos;s schema is version %1; this motcua-center needs %2. Run &quot;motcua-center init&quot; first.</source>
        <translation>Lược đồ cơ sở dữ liệu là phiên bản %1; motcua-center này cần phiên bản %2. Hãy chạy &quot;motcua-center init&quot; trước.</translation>
    </message>
</context>
<context>
    <name>motcua::CenterFeed</name>
    <message>
        <source>Dossier %1 was changed at the center in the meantime: %2</source>
        <translation>Hồ sơ %1 đã được thay đổi trên máy chủ trung tâm trong lúc đó: %2</translation>
    </message>
    <message>
        <source>Field &quot;TuMoc&quot; is not a cursor of this center.</source>
        <translation>Trường &quot;TuMoc&quot; không phải là mốc của trung tâm này.</translation>
    </message>
    <message>
        <source>Field &quot;SoLuong&quot; must be a number from 1 to %1.</source>
        <translation>Trường &quot;SoLuong&quot; phải là một số từ 1 đến %1.</translation>
    </message>
    <message>
        <source>The center could not read its dossiers.</source>
        <translation>Máy chủ trung tâm không đọc được hồ sơ của mình.</translation>
    </message>
    <message>
        <source>this workstation&apos;s record has an older status.</source>
        <translation>bản ghi của máy trạm này mang trạng thái cũ hơn.</translation>
    </message>
    <message>
        <source>Dossier %1: the step names an unknown state.</source>
        <translation>Hồ sơ %1: bước xử lý ghi một trạng thái không xác định.</translation>
    </message>
    <message>
        <source>national status %1</source>
        <translation>trạng thái quốc gia %1</translation>
    </message>
    <message>
        <source>it is now &quot;%1&quot;, not &quot;%2&quot;.</source>
        <translation>hiện hồ sơ ở trạng thái &quot;%1&quot;, không phải &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>Dossier %1: %2</source>
        <translation>Hồ sơ %1: %2</translation>
    </message>
    <message>
        <source>the online submission %1 was already decided at another counter.</source>
        <translation>hồ sơ nộp trực tuyến %1 đã được một quầy khác quyết định.</translation>
    </message>
    <message>
        <source>Dossier %1: the code is already taken.</source>
        <translation>Hồ sơ %1: mã này đã được dùng.</translation>
    </message>
    <message>
        <source>Dossier %1: only an acceptance gives an online submission a new code.</source>
        <translation>Hồ sơ %1: chỉ khi tiếp nhận, hồ sơ nộp trực tuyến mới được cấp mã mới.</translation>
    </message>
</context>
<context>
    <name>motcua::CenterFeedPull</name>
    <message numerus="yes">
        <source>%n dossier(s) of the center name a procedure this workstation does not know.</source>
        <translation>
            <numerusform>%n hồ sơ của trung tâm ghi một thủ tục mà máy trạm này không có.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>motcua::CenterFileBar</name>
    <message>
        <source>&amp;Download from the center</source>
        <translation>&amp;Tải về từ trung tâm</translation>
    </message>
    <message>
        <source>The file is kept at the center: fetch it to this workstation (stored encrypted)</source>
        <translation>Tệp đang lưu ở trung tâm: tải về máy trạm này (được lưu mã hóa)</translation>
    </message>
    <message>
        <source>Attachments are locked: log in again with your password to open or add them.</source>
        <translation>Tệp đính kèm đang bị khóa: hãy đăng nhập lại bằng mật khẩu để mở hoặc thêm tệp.</translation>
    </message>
</context>
<context>
    <name>motcua::CenterFileFetch</name>
    <message>
        <source>The center cannot be reached (%1): the file was not fetched. Try again when the network is back.</source>
        <translation>Không kết nối được với trung tâm (%1): chưa tải được tệp. Hãy thử lại khi có mạng.</translation>
    </message>
    <message>
        <source>The file came from the center damaged (its SHA-256 does not match): nothing was stored. Try again.</source>
        <translation>Tệp nhận từ trung tâm bị hỏng (mã SHA-256 không khớp): không lưu gì cả. Hãy thử lại.</translation>
    </message>
    <message>
        <source>This workstation is not connected to a center: files kept at the center cannot be fetched.</source>
        <translation>Máy trạm này chưa kết nối với trung tâm: không thể tải các tệp lưu ở trung tâm.</translation>
    </message>
    <message>
        <source>The center holds no complete copy of this file: it cannot be fetched. It may still be on its way from the workstation that scanned it.</source>
        <translation>Trung tâm chưa có bản đầy đủ của tệp này nên chưa tải về được. Có thể tệp vẫn đang được gửi lên từ máy trạm đã quét nó.</translation>
    </message>
    <message>
        <source>This server does not send files (it is not a center): the file cannot be fetched.</source>
        <translation>Máy chủ này không cung cấp tệp (không phải máy chủ trung tâm): không thể tải tệp.</translation>
    </message>
    <message>
        <source>The center refused to send the file: %1</source>
        <translation>Trung tâm từ chối gửi tệp: %1</translation>
    </message>
    <message>
        <source>The download was stopped: nothing was stored.</source>
        <translation>Đã dừng tải về: không lưu gì cả.</translation>
    </message>
    <message>
        <source>Attachments are locked: log in again with your password to open or add them.</source>
        <translation>Tệp đính kèm đang bị khóa: hãy đăng nhập lại bằng mật khẩu của bạn để mở hoặc thêm tệp đính kèm.</translation>
    </message>
</context>
<context>
    <name>motcua::CenterFileRepository</name>
    <message>
        <source>Dossier %1 has no file %2 waiting at the center.</source>
        <translation>Hồ sơ %1 không có tệp %2 nào đang chờ tải về từ trung tâm.</translation>
    </message>
    <message>
        <source>finding the dossier</source>
        <translation>tìm hồ sơ</translation>
    </message>
    <message>
        <source>recording the center&apos;s files</source>
        <translation>ghi nhận các tệp của trung tâm</translation>
    </message>
    <message>
        <source>reading the center&apos;s files</source>
        <translation>đọc các tệp của trung tâm</translation>
    </message>
    <message>
        <source>removing the center&apos;s file</source>
        <translation>xóa tệp của trung tâm</translation>
    </message>
    <message>
        <source>reading the dossier&apos;s papers</source>
        <translation>đọc các giấy tờ của hồ sơ</translation>
    </message>
</context>
<context>
    <name>motcua::CenterJoin</name>
    <message>
        <source>The center&apos;s address must be an https:// address.</source>
        <translation>Địa chỉ của trung tâm phải là địa chỉ https://.</translation>
    </message>
    <message>
        <source>Enter the one-time code.</source>
        <translation>Hãy nhập mã dùng một lần.</translation>
    </message>
    <message>
        <source>The file %1 holds no PEM certificate.</source>
        <translation>Tệp %1 không chứa chứng thư PEM nào.</translation>
    </message>
    <message>
        <source>The center did not answer: %1</source>
        <translation>Trung tâm không trả lời: %1</translation>
    </message>
    <message>
        <source>The center refused the code.</source>
        <translation>Trung tâm từ chối mã này.</translation>
    </message>
    <message>
        <source>The center&apos;s answer is incomplete; nothing was changed.</source>
        <translation>Trả lời của trung tâm không đầy đủ; chưa có gì thay đổi.</translation>
    </message>
    <message>
        <source>Sign in again: the center&apos;s credential is sealed under the data key.</source>
        <translation>Hãy đăng nhập lại: khóa xác thực của trung tâm được niêm phong bằng khóa dữ liệu.</translation>
    </message>
</context>
<context>
    <name>motcua::CenterJoinBox</name>
    <message>
        <source>Center&apos;s server</source>
        <translation>Máy chủ trung tâm</translation>
    </message>
    <message>
        <source>This workstation has not joined a center&apos;s server. An administrator joins it with the one-time code the center&apos;s administrator prints (motcua-center enrol --station N).</source>
        <translation>Máy trạm này chưa tham gia máy chủ trung tâm. Quản trị viên cho máy tham gia bằng mã dùng một lần do quản trị viên trung tâm in ra (motcua-center enrol --station N).</translation>
    </message>
    <message>
        <source>&amp;Join the center…</source>
        <translation>&amp;Tham gia trung tâm…</translation>
    </message>
    <message>
        <source>Joined %1 at %2 as station %3. Dossiers, history and files go to the center&apos;s server.</source>
        <translation>Đã tham gia %1 tại %2 với số máy trạm %3. Hồ sơ, tiến độ và tệp được gửi về máy chủ trung tâm.</translation>
    </message>
    <message>
        <source>&amp;Join again…</source>
        <translation>&amp;Tham gia lại…</translation>
    </message>
</context>
<context>
    <name>motcua::CenterJoinDialog</name>
    <message>
        <source>Join the center&apos;s server</source>
        <translation>Tham gia máy chủ trung tâm</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Chọn…</translation>
    </message>
    <message>
        <source>Center&apos;s &amp;address:</source>
        <translation>&amp;Địa chỉ trung tâm:</translation>
    </message>
    <message>
        <source>One-time &amp;code:</source>
        <translation>&amp;Mã dùng một lần:</translation>
    </message>
    <message>
        <source>Center&apos;s &amp;CA certificate:</source>
        <translation>&amp;Chứng thư CA của trung tâm:</translation>
    </message>
    <message>
        <source>This workstation&apos;s &amp;name:</source>
        <translation>&amp;Tên máy trạm này:</translation>
    </message>
    <message>
        <source>The center&apos;s administrator prints the code with &quot;motcua-center enrol --station N&quot;; it works once, for a short time. The center gives this workstation its station number and its own credential, kept encrypted.</source>
        <translation>Quản trị viên trung tâm in mã bằng lệnh &quot;motcua-center enrol --station N&quot;; mã chỉ dùng được một lần, trong thời gian ngắn. Trung tâm cấp cho máy trạm này số máy trạm và khóa xác thực riêng, được lưu mã hóa.</translation>
    </message>
    <message>
        <source>&amp;Join</source>
        <translation>&amp;Tham gia</translation>
    </message>
    <message>
        <source>Certificate of the center&apos;s CA</source>
        <translation>Chứng thư CA của trung tâm</translation>
    </message>
    <message>
        <source>PEM certificates (*.pem *.crt *.cer);;All files (*)</source>
        <translation>Chứng thư PEM (*.pem *.crt *.cer);;Mọi tệp (*)</translation>
    </message>
    <message>
        <source>The center&apos;s address must start with https://.</source>
        <translation>Địa chỉ của trung tâm phải bắt đầu bằng https://.</translation>
    </message>
    <message>
        <source>Joined %1 as station %2.</source>
        <translation>Đã tham gia %1 với số máy trạm %2.</translation>
    </message>
    <message>
        <source>Asking %1 to join…</source>
        <translation>Đang gửi yêu cầu tham gia tới %1…</translation>
    </message>
</context>
<context>
    <name>motcua::CenterMain</name>
    <message>
        <source>&quot;agency&quot; (the center&apos;s unit code, madonvi) is not set.</source>
        <translation>Chưa đặt &quot;agency&quot; (mã đơn vị của trung tâm, madonvi).</translation>
    </message>
    <message>
        <source>&quot;certificate&quot; and &quot;key&quot; (PEM files) are required: the center speaks HTTPS only.</source>
        <translation>Cần &quot;certificate&quot; và &quot;key&quot; (tệp PEM): máy chủ trung tâm chỉ dùng HTTPS.</translation>
    </message>
    <message>
        <source>Cannot read the certificate %1 (PEM).</source>
        <translation>Không đọc được chứng thư %1 (PEM).</translation>
    </message>
    <message>
        <source>The certificate %1 expired on %2.</source>
        <translation>Chứng thư %1 đã hết hạn ngày %2.</translation>
    </message>
    <message>
        <source>Cannot read the private key %1; is it readable by the motcua-center user?</source>
        <translation>Không đọc được khóa riêng %1; người dùng motcua-center có quyền đọc tệp này không?</translation>
    </message>
    <message>
        <source>The private key %1 is not a PEM key of the certificate %2.</source>
        <translation>Khóa riêng %1 không phải khóa PEM của chứng thư %2.</translation>
    </message>
    <message>
        <source>Configuration file.</source>
        <translation>Tệp cấu hình.</translation>
    </message>
    <message>
        <source>Override one setting of the file (repeatable).</source>
        <translation>Ghi đè một thiết lập của tệp (có thể lặp lại).</translation>
    </message>
    <message>
        <source>Workstation number.</source>
        <translation>Số máy trạm.</translation>
    </message>
    <message>
        <source>Minutes an enrolment code stays valid.</source>
        <translation>Số phút mã đăng ký còn hiệu lực.</translation>
    </message>
    <message>
        <source>Administrator name.</source>
        <translation>Tên quản trị viên.</translation>
    </message>
    <message>
        <source>Language of messages: vi (default) or en.</source>
        <translation>Ngôn ngữ thông báo: vi (mặc định) hoặc en.</translation>
    </message>
    <message>
        <source>account: refuse the account everywhere.</source>
        <translation>account: từ chối tài khoản ở mọi nơi.</translation>
    </message>
    <message>
        <source>account: allow the account again.</source>
        <translation>account: cho phép lại tài khoản.</translation>
    </message>
    <message>
        <source>--set takes KEY=VALUE.</source>
        <translation>--set nhận KHÓA=GIÁ_TRỊ.</translation>
    </message>
    <message>
        <source>The database schema is at version %1.</source>
        <translation>Lược đồ cơ sở dữ liệu ở phiên bản %1.</translation>
    </message>
    <message>
        <source>The configuration, the certificate and the database are in order.</source>
        <translation>Cấu hình, chứng thư và cơ sở dữ liệu đều hợp lệ.</translation>
    </message>
    <message>
        <source>--station N is required, from 1 to %1.</source>
        <translation>Cần --station N, từ 1 đến %1.</translation>
    </message>
    <message>
        <source>--minutes must be from 1 to 1440.</source>
        <translation>--minutes phải từ 1 đến 1440.</translation>
    </message>
    <message>
        <source>One-time code for station %1, valid %2 minutes.</source>
        <translation>Mã dùng một lần cho máy trạm số %1, hiệu lực %2 phút.</translation>
    </message>
    <message>
        <source>Station %1 is revoked.</source>
        <translation>Máy trạm số %1 đã bị thu hồi.</translation>
    </message>
    <message>
        <source>revoked</source>
        <translation>đã thu hồi</translation>
    </message>
    <message>
        <source>enrolled</source>
        <translation>đã đăng ký</translation>
    </message>
    <message>
        <source>station	sequence	MAC	reported at (UTC)	reports	alerts</source>
        <translation>máy trạm	số thứ tự	MAC	báo lúc (UTC)	số lần báo	cảnh báo</translation>
    </message>
    <message>
        <source>ALERT station %1: %2, kept sequence %3, reported sequence %4, %5 time(s), last at %6</source>
        <translation>CẢNH BÁO máy trạm %1: %2, số thứ tự đang giữ %3, số thứ tự được báo %4, %5 lần, lần cuối lúc %6</translation>
    </message>
    <message>
        <source>Administrator %1 can sign in to the center&apos;s page.</source>
        <translation>Quản trị viên %1 có thể đăng nhập trang của trung tâm.</translation>
    </message>
    <message>
        <source>account needs --user NAME and one of --disable, --enable.</source>
        <translation>account cần --user NAME và một trong hai --disable, --enable.</translation>
    </message>
    <message>
        <source>Account %1 is disabled at every workstation after its next sync.</source>
        <translation>Tài khoản %1 bị vô hiệu hóa ở mọi máy trạm sau lần đồng bộ tới của máy đó.</translation>
    </message>
    <message>
        <source>Account %1 is enabled again.</source>
        <translation>Tài khoản %1 được cho phép lại.</translation>
    </message>
    <message>
        <source>&quot;national_url&quot; is not set: nothing to pull.</source>
        <translation>Chưa đặt &quot;national_url&quot;: không có gì để lấy về.</translation>
    </message>
    <message>
        <source>%1 failing dossier(s) will be tried again now.</source>
        <translation>%1 hồ sơ đang lỗi sẽ được thử lại ngay.</translation>
    </message>
    <message>
        <source>relay takes status or retry.</source>
        <translation>relay nhận status hoặc retry.</translation>
    </message>
    <message>
        <source>The relay is not configured (national_url is empty).</source>
        <translation>Việc chuyển tiếp chưa được cấu hình (national_url để trống).</translation>
    </message>
    <message>
        <source>pending	%1	(%2 dossiers)</source>
        <translation>đang chờ	%1	(%2 hồ sơ)</translation>
    </message>
    <message>
        <source>sent	%1	last at %2</source>
        <translation>đã gửi	%1	lần cuối lúc %2</translation>
    </message>
    <message>
        <source>failing	%1</source>
        <translation>đang lỗi	%1</translation>
    </message>
    <message>
        <source>FAILING %1	attempts %2	next %3	%4</source>
        <translation>LỖI %1	số lần thử %2	lần tới %3	%4</translation>
    </message>
    <message>
        <source>Unknown command &quot;%1&quot; (see --help).</source>
        <translation>Lệnh &quot;%1&quot; không có (xem --help).</translation>
    </message>
    <message>
        <source>MotCua Desk center server: the workstations&apos; protocol on PostgreSQL for one center&apos;s counters.

Commands:
  init                  create or migrate the database schema
  check                 validate the configuration, the certificate and the database
  serve                 serve the workstations over HTTPS (the systemd unit runs this)
  enrol --station N     print a one-time code for workstation N to join with
  revoke --station N    refuse workstation N from now on
  stations              list the enrolled workstations
  audit-heads           the workstations&apos; audit trail heads and the alerts about them
  admin --user NAME     add a center administrator (password from $MOTCUA_CENTER_PASSWORD or stdin)
  account --user NAME --disable|--enable
                        refuse (or allow again) a user account at every workstation
  pull-online           pull the online submissions once (online_url, else national_url)
  relay status          what waits to be sent to the national system, and what fails
  relay retry           try every failing dossier again now

Workstations join with: motcuactl center join URL --code CODE --ca FILE --user ADMIN</source>
        <translation>Máy chủ trung tâm của MotCua Desk: giao thức của các máy trạm trên PostgreSQL cho các quầy của một trung tâm.

Lệnh:
  init                  tạo hoặc nâng cấp lược đồ cơ sở dữ liệu
  check                 kiểm tra cấu hình, chứng thư và cơ sở dữ liệu
  serve                 phục vụ các máy trạm qua HTTPS (dịch vụ systemd chạy lệnh này)
  enrol --station N     in mã dùng một lần để máy trạm số N tham gia
  revoke --station N    từ chối máy trạm số N từ nay
  stations              liệt kê các máy trạm đã đăng ký
  audit-heads           đầu chuỗi nhật ký kiểm toán của các máy trạm và các cảnh báo về chúng
  admin --user NAME     thêm quản trị viên trung tâm (mật khẩu lấy từ $MOTCUA_CENTER_PASSWORD hoặc đầu vào chuẩn)
  account --user NAME --disable|--enable
                        từ chối (hoặc cho phép lại) một tài khoản người dùng ở mọi máy trạm
  pull-online           lấy các hồ sơ nộp trực tuyến một lần (online_url, nếu không có thì national_url)
  relay status          những gì đang chờ gửi lên hệ thống quốc gia, và những gì bị lỗi
  relay retry           thử lại ngay mọi hồ sơ đang lỗi

Máy trạm tham gia bằng: motcuactl center join URL --code CODE --ca FILE --user ADMIN</translation>
    </message>
    <message>
        <source>init, check, serve, enrol, revoke, stations, audit-heads, admin, account, pull-online or relay.</source>
        <translation>init, check, serve, enrol, revoke, stations, audit-heads, admin, account, pull-online hoặc relay.</translation>
    </message>
    <message>
        <source>Give one command: init, check, serve, enrol, revoke, stations, audit-heads, admin, account, pull-online or relay (see --help).</source>
        <translation>Hãy cho một lệnh: init, check, serve, enrol, revoke, stations, audit-heads, admin, account, pull-online hoặc relay (xem --help).</translation>
    </message>
</context>
<context>
    <name>motcua::CenterOnlinePull</name>
    <message>
        <source>The national portal&apos;s reply is malformed (%1).</source>
        <translation>Câu trả lời của Cổng quốc gia sai định dạng (%1).</translation>
    </message>
    <message>
        <source>The national portal refused: error %1, %2</source>
        <translation>Cổng quốc gia từ chối: lỗi %1, %2</translation>
    </message>
    <message>
        <source>The national portal cannot be reached: %1</source>
        <translation>Không kết nối được Cổng quốc gia: %1</translation>
    </message>
    <message>
        <source>&quot;national_url&quot; must be an https:// address.</source>
        <translation>&quot;national_url&quot; phải là một địa chỉ https://.</translation>
    </message>
    <message>
        <source>&quot;national_ca&quot; must name a readable CA certificate (PEM).</source>
        <translation>&quot;national_ca&quot; phải chỉ tới một chứng thư CA đọc được (PEM).</translation>
    </message>
    <message>
        <source>&quot;national_ca&quot; holds no certificate.</source>
        <translation>&quot;national_ca&quot; không chứa chứng thư nào.</translation>
    </message>
    <message>
        <source>A file from the national portal does not match its SHA-256.</source>
        <translation>Một tệp lấy từ Cổng quốc gia không khớp với mã SHA-256 của nó.</translation>
    </message>
</context>
<context>
    <name>motcua::CenterRelay</name>
    <message>
        <source>The national system refused the new session too.</source>
        <translation>Hệ thống quốc gia cũng từ chối phiên mới.</translation>
    </message>
    <message>
        <source>Login to the national system refused (%1): %2</source>
        <translation>Hệ thống quốc gia từ chối đăng nhập (%1): %2</translation>
    </message>
    <message>
        <source>No answer from the national system within %1 ms.</source>
        <translation>Hệ thống quốc gia không trả lời trong %1 ms.</translation>
    </message>
    <message>
        <source>The national system answered HTTP %1.</source>
        <translation>Hệ thống quốc gia trả lời HTTP %1.</translation>
    </message>
    <message>
        <source>Cannot reach the national system: %1</source>
        <translation>Không kết nối được hệ thống quốc gia: %1</translation>
    </message>
    <message>
        <source>The national system&apos;s answer was cut off: %1</source>
        <translation>Câu trả lời của hệ thống quốc gia bị cắt ngang: %1</translation>
    </message>
    <message>
        <source>The national system&apos;s answer is not a reply.</source>
        <translation>Câu trả lời của hệ thống quốc gia không phải là một phản hồi hợp lệ.</translation>
    </message>
</context>
<context>
    <name>motcua::CenterRelayMap</name>
    <message>
        <source>Relay to the national system</source>
        <translation>Chuyển tiếp lên hệ thống quốc gia</translation>
    </message>
    <message>
        <source>Not configured (national_url is empty): nothing is sent.</source>
        <translation>Chưa cấu hình (national_url để trống): không gửi gì.</translation>
    </message>
    <message>
        <source>Pending: %1 (%2 dossiers). Sent: %3. Last sent: %4 UTC.</source>
        <translation>Đang chờ: %1 (%2 hồ sơ). Đã gửi: %3. Lần gửi cuối: %4 UTC.</translation>
    </message>
    <message>
        <source>Dossier code</source>
        <translation>Mã hồ sơ</translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation>Số lần thử</translation>
    </message>
    <message>
        <source>Last error</source>
        <translation>Lỗi gần nhất</translation>
    </message>
    <message>
        <source>Next attempt (UTC)</source>
        <translation>Lần thử tới (UTC)</translation>
    </message>
</context>
<context>
    <name>motcua::CenterServer</name>
    <message>
        <source>Field &quot;code&quot; is missing.</source>
        <translation>Thiếu trường &quot;code&quot;.</translation>
    </message>
    <message>
        <source>This workstation is enrolled as station %1; &quot;May&quot; must be %1.</source>
        <translation>Máy trạm này được đăng ký là máy %1; &quot;May&quot; phải là %1.</translation>
    </message>
    <message>
        <source>%1 — center&apos;s server</source>
        <translation>%1 — máy chủ trung tâm</translation>
    </message>
    <message>
        <source>Fields &quot;station&quot;, &quot;key&quot; and &quot;username&quot; are needed.</source>
        <translation>Cần có các trường &quot;station&quot;, &quot;key&quot; và &quot;username&quot;.</translation>
    </message>
    <message>
        <source>This center keeps no accounts.</source>
        <translation>Máy chủ trung tâm này không quản lý tài khoản.</translation>
    </message>
</context>
<context>
    <name>motcua::CenterStore</name>
    <message>
        <source>The center could not store the file.</source>
        <translation>Trung tâm không lưu được tệp.</translation>
    </message>
    <message>
        <source>The status must be a number from 1 to 10.</source>
        <translation>Trạng thái phải là một số từ 1 đến 10.</translation>
    </message>
    <message>
        <source>No dossier with this code.</source>
        <translation>Không có hồ sơ nào mang mã này.</translation>
    </message>
    <message>
        <source>The request for dossier numbers is invalid.</source>
        <translation>Yêu cầu cấp số hồ sơ không hợp lệ.</translation>
    </message>
    <message>
        <source>Field &quot;MaYeuCau&quot; was used before for another agency or day.</source>
        <translation>Trường &quot;MaYeuCau&quot; đã được dùng trước đó cho một cơ quan hoặc một ngày khác.</translation>
    </message>
    <message>
        <source>All dossier numbers the center can lease for %1 on %2 are used.</source>
        <translation>Đã dùng hết số hồ sơ trung tâm có thể cấp cho %1 trong ngày %2.</translation>
    </message>
    <message>
        <source>The file&apos;s SHA-256 does not match; upload it again from the start.</source>
        <translation>SHA-256 của tệp không khớp; hãy tải tệp lên lại từ đầu.</translation>
    </message>
</context>
<context>
    <name>motcua::CenterWorkers</name>
    <message>
        <source>The bundle is not signed by a workstation enrolled at this center.</source>
        <translation>Gói không được ký bởi một máy trạm đã đăng ký tại trung tâm này.</translation>
    </message>
</context>
<context>
    <name>motcua::ChangeWatch</name>
    <message>
        <source>looking for changes</source>
        <translation>kiểm tra thay đổi</translation>
    </message>
</context>
<context>
    <name>motcua::CitizenIdQr</name>
    <message>
        <source>The %1 &quot;%2&quot; is not a date written as ddMMyyyy (8 digits).</source>
        <translation>Giá trị %1 &quot;%2&quot; không phải ngày viết dạng ddMMyyyy (8 chữ số).</translation>
    </message>
    <message>
        <source>The %1 &quot;%2&quot; is not a valid calendar date.</source>
        <translation>Giá trị %1 &quot;%2&quot; không phải ngày hợp lệ trong lịch.</translation>
    </message>
    <message>
        <source>This is not a citizen ID card QR: the text is too long (%1 bytes).</source>
        <translation>Đây không phải mã QR trên thẻ căn cước công dân: nội dung quá dài (%1 byte).</translation>
    </message>
    <message>
        <source>The QR text is not valid UTF-8 (byte %1). Set the scanner to UTF-8 and scan again.</source>
        <translation>Nội dung mã QR không phải UTF-8 hợp lệ (byte %1). Hãy đặt máy quét ở chế độ UTF-8 và quét lại.</translation>
    </message>
    <message>
        <source>The QR text is empty.</source>
        <translation>Nội dung mã QR trống.</translation>
    </message>
    <message>
        <source>The QR text is garbled (UTF-8 read with another code page) and cannot be repaired exactly. Set the scanner to UTF-8 and scan again.</source>
        <translation>Nội dung mã QR bị lỗi phông chữ (UTF-8 bị đọc theo bảng mã khác) và không thể sửa chính xác. Hãy đặt máy quét ở chế độ UTF-8 và quét lại.</translation>
    </message>
    <message>
        <source>The QR text holds a control or invalid character at position %1.</source>
        <translation>Nội dung mã QR có ký tự điều khiển hoặc ký tự không hợp lệ ở vị trí %1.</translation>
    </message>
    <message>
        <source>This is not a citizen ID card QR: it has no fields separated by &apos;|&apos;.</source>
        <translation>Đây không phải mã QR trên thẻ căn cước công dân: không có các trường phân cách bằng &apos;|&apos;.</translation>
    </message>
    <message>
        <source>A citizen ID card QR has 6 or 7 fields separated by &apos;|&apos;; this text has %1.</source>
        <translation>Mã QR trên thẻ căn cước công dân có 6 hoặc 7 trường phân cách bằng &apos;|&apos;; nội dung này có %1 trường.</translation>
    </message>
    <message>
        <source>The ID number (first field) must hold digits only.</source>
        <translation>Số định danh cá nhân (trường thứ nhất) chỉ được chứa chữ số.</translation>
    </message>
    <message>
        <source>The ID number (first field) must have 12 digits; it has %1.</source>
        <translation>Số định danh cá nhân (trường thứ nhất) phải có 12 chữ số; nội dung này có %1.</translation>
    </message>
    <message>
        <source>The former ID number (second field) must be empty or have 9 or 12 digits.</source>
        <translation>Số CMND cũ (trường thứ hai) phải để trống hoặc có 9 hay 12 chữ số.</translation>
    </message>
    <message>
        <source>The full name (third field) is empty.</source>
        <translation>Họ và tên (trường thứ ba) bị trống.</translation>
    </message>
    <message>
        <source>The full name (third field) is too long.</source>
        <translation>Họ và tên (trường thứ ba) quá dài.</translation>
    </message>
    <message>
        <source>The full name (third field) holds characters that are not letters.</source>
        <translation>Họ và tên (trường thứ ba) có ký tự không phải chữ cái.</translation>
    </message>
    <message>
        <source>date of birth (fourth field)</source>
        <translation>ngày sinh (trường thứ tư)</translation>
    </message>
    <message>
        <source>The gender (fifth field) must be &quot;%1&quot; or &quot;%2&quot;; it is &quot;%3&quot;.</source>
        <translation>Giới tính (trường thứ năm) phải là &quot;%1&quot; hoặc &quot;%2&quot;; giá trị hiện tại là &quot;%3&quot;.</translation>
    </message>
    <message>
        <source>The address (sixth field) is empty.</source>
        <translation>Nơi thường trú (trường thứ sáu) bị trống.</translation>
    </message>
    <message>
        <source>The address (sixth field) is too long.</source>
        <translation>Nơi thường trú (trường thứ sáu) quá dài.</translation>
    </message>
    <message>
        <source>date of issue (seventh field)</source>
        <translation>ngày cấp (trường thứ bảy)</translation>
    </message>
    <message>
        <source>The date of issue is before the date of birth.</source>
        <translation>Ngày cấp trước ngày sinh.</translation>
    </message>
    <message>
        <source>The date of birth is in the future.</source>
        <translation>Ngày sinh ở trong tương lai.</translation>
    </message>
    <message>
        <source>The date of issue is in the future.</source>
        <translation>Ngày cấp ở trong tương lai.</translation>
    </message>
</context>
<context>
    <name>motcua::CliContext</name>
    <message>
        <source>The database is encrypted: give the user with --user NAME, whose password opens it.</source>
        <translation>Cơ sở dữ liệu đã được mã hóa: hãy chỉ định người dùng bằng --user TÊN, mật khẩu của người đó sẽ mở được nó.</translation>
    </message>
    <message>
        <source>The database file (default: %1). A new file gets the demo center.</source>
        <translation>Tệp cơ sở dữ liệu (mặc định: %1). Tệp mới được nạp dữ liệu trung tâm mẫu.</translation>
    </message>
    <message>
        <source>Machine-readable JSON output.</source>
        <translation>Xuất kết quả dạng JSON cho máy đọc.</translation>
    </message>
    <message>
        <source>Act as this user; the password comes from MOTCUA_PASSWORD or is asked on the terminal.</source>
        <translation>Thực hiện với tư cách người dùng này; mật khẩu lấy từ MOTCUA_PASSWORD hoặc được hỏi trên cửa sổ lệnh.</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>Hiện trợ giúp này.</translation>
    </message>
    <message>
        <source>Usage: motcuactl %1 [options]</source>
        <translation>Cách dùng: motcuactl %1 [tùy chọn]</translation>
    </message>
    <message>
        <source>Without MOTCUA_PASSWORD and without a terminal the password cannot be asked: exit code 2.
</source>
        <translation>Không có MOTCUA_PASSWORD và không có cửa sổ lệnh thì không hỏi được mật khẩu: mã thoát 2.
</translation>
    </message>
    <message>
        <source>Exit codes: 0 success, 1 failure, 2 bad input, 3 refused.
</source>
        <translation>Mã thoát: 0 thành công, 1 lỗi, 2 dữ liệu vào sai, 3 bị từ chối.
</translation>
    </message>
    <message>
        <source>This command shows personal data: give the user with --user NAME.</source>
        <translation>Lệnh này hiển thị dữ liệu cá nhân: hãy chỉ định người dùng bằng --user TÊN.</translation>
    </message>
    <message>
        <source>This command changes data: give the user with --user NAME.</source>
        <translation>Lệnh này thay đổi dữ liệu: hãy cho người dùng bằng --user TÊN.</translation>
    </message>
    <message>
        <source>Password for %1: </source>
        <translation>Mật khẩu của %1: </translation>
    </message>
    <message>
        <source>Your password was set by an administrator: log in to the app and choose your own first.</source>
        <translation>Mật khẩu của bạn do quản trị viên đặt: hãy đăng nhập vào ứng dụng và tự chọn mật khẩu riêng trước.</translation>
    </message>
    <message>
        <source>No password: set %1 or run the command on a terminal.</source>
        <translation>Không có mật khẩu: hãy đặt %1 hoặc chạy lệnh trên cửa sổ lệnh.</translation>
    </message>
    <message>
        <source>No password was entered.</source>
        <translation>Chưa nhập mật khẩu.</translation>
    </message>
    <message>
        <source>Repeat the password: </source>
        <translation>Nhập lại mật khẩu: </translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation>Hai mật khẩu không khớp nhau.</translation>
    </message>
    <message>
        <source>Try &apos;motcuactl %1 --help&apos;.
</source>
        <translation>Hãy thử &apos;motcuactl %1 --help&apos;.
</translation>
    </message>
    <message>
        <source>missing subcommand: %1.</source>
        <translation>thiếu lệnh con: %1.</translation>
    </message>
    <message>
        <source>unknown subcommand &apos;%1&apos;: %2.</source>
        <translation>lệnh con &apos;%1&apos; không hợp lệ: %2.</translation>
    </message>
</context>
<context>
    <name>motcua::Code128</name>
    <message>
        <source>A barcode needs some text.</source>
        <translation>Mã vạch cần có nội dung.</translation>
    </message>
    <message>
        <source>A Code 128 barcode holds printable ASCII only, not &quot;%1&quot;.</source>
        <translation>Mã vạch Code 128 chỉ chứa ký tự ASCII in được, không chứa &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>The barcode could not be drawn: %1</source>
        <translation>Không vẽ được mã vạch: %1</translation>
    </message>
</context>
<context>
    <name>motcua::CodeLeaseAuthority</name>
    <message>
        <source>The request for dossier numbers is invalid.</source>
        <translation>Yêu cầu cấp số hồ sơ không hợp lệ.</translation>
    </message>
    <message>
        <source>All dossier numbers the center can lease for %1 on %2 are used.</source>
        <translation>Đã dùng hết số hồ sơ trung tâm có thể cấp cho %1 trong ngày %2.</translation>
    </message>
    <message>
        <source>reading the numbers left to lease</source>
        <translation>đọc các số còn có thể cấp</translation>
    </message>
    <message>
        <source>leasing a block of dossier numbers</source>
        <translation>cấp một dải số hồ sơ</translation>
    </message>
</context>
<context>
    <name>motcua::ComponentChecklistModel</name>
    <message>
        <source>Form: %1</source>
        <translation>Mẫu: %1</translation>
    </message>
    <message>
        <source>Required</source>
        <translation>Bắt buộc</translation>
    </message>
    <message>
        <source>Optional</source>
        <translation>Không bắt buộc</translation>
    </message>
    <message>
        <source>The catalogue asks for %1</source>
        <translation>Danh mục yêu cầu %1</translation>
    </message>
    <message>
        <source>Paper (ticked: provided)</source>
        <translation>Giấy tờ (đánh dấu: đã nộp)</translation>
    </message>
    <message>
        <source>Originals</source>
        <translation>Bản chính</translation>
    </message>
    <message>
        <source>Photocopies</source>
        <translation>Bản photo</translation>
    </message>
    <message>
        <source>(optional) %1</source>
        <translation>(không bắt buộc) %1</translation>
    </message>
    <message>
        <source>If this case applies: %1</source>
        <translation>Nếu thuộc trường hợp: %1</translation>
    </message>
    <message>
        <source>%1
These papers are needed only in this case; the applicant brings those of the case that applies. Ticking the heading ticks them all.</source>
        <translation>%1
Các giấy tờ này chỉ cần khi thuộc trường hợp này; người nộp mang giấy tờ của trường hợp áp dụng. Đánh dấu dòng tiêu đề sẽ đánh dấu tất cả.</translation>
    </message>
    <message>
        <source>Case: %1</source>
        <translation>Trường hợp: %1</translation>
    </message>
    <message>
        <source>Certified
copies</source>
        <translation>Bản sao
chứng thực</translation>
    </message>
</context>
<context>
    <name>motcua::DashboardPage</name>
    <message>
        <source>Received at the counter</source>
        <translation>Tiếp nhận trực tiếp tại Bộ phận Một cửa</translation>
    </message>
    <message>
        <source>Received online</source>
        <translation>Tiếp nhận trực tuyến</translation>
    </message>
    <message>
        <source>Received by post</source>
        <translation>Tiếp nhận qua dịch vụ bưu chính</translation>
    </message>
    <message>
        <source>Results returned</source>
        <translation>Đã trả kết quả</translation>
    </message>
    <message>
        <source>Due later today</source>
        <translation>Đến hạn trong hôm nay</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Quá hạn</translation>
    </message>
    <message>
        <source>Awaiting a supplement</source>
        <translation>Chờ bổ sung</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>Tổng quan</translation>
    </message>
    <message>
        <source>The dashboard and the periodic report are for supervisors and administrators. Your role (%1) does not include them.</source>
        <translation>Trang tổng quan và báo cáo định kỳ dành cho lãnh đạo và quản trị viên. Vai trò của bạn (%1) không bao gồm các chức năng này.</translation>
    </message>
    <message>
        <source>&amp;Department:</source>
        <translation>&amp;Cơ quan:</translation>
    </message>
    <message>
        <source>All departments</source>
        <translation>Tất cả cơ quan</translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation>&amp;Kỳ báo cáo:</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Làm mới</translation>
    </message>
    <message>
        <source>Read the figures again (F5). They also refresh by themselves when dossiers change.</source>
        <translation>Đọc lại số liệu (F5). Số liệu cũng tự làm mới khi hồ sơ thay đổi.</translation>
    </message>
    <message>
        <source>&amp;Export report…</source>
        <translation>&amp;Xuất báo cáo…</translation>
    </message>
    <message>
        <source>Per department in the period: processed and pending (click a bar to list)</source>
        <translation>Theo cơ quan trong kỳ: đã giải quyết và đang giải quyết (bấm vào cột để xem danh sách)</translation>
    </message>
    <message>
        <source>Per day in the period</source>
        <translation>Theo ngày trong kỳ</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Tiếp nhận</translation>
    </message>
    <message>
        <source>Processed</source>
        <translation>Đã giải quyết</translation>
    </message>
    <message>
        <source>Center-wide: all workstations of the center, from the portal</source>
        <translation>Toàn trung tâm: tất cả máy trạm của trung tâm, lấy từ cổng dịch vụ công</translation>
    </message>
    <message>
        <source>Updated at %1</source>
        <translation>Cập nhật lúc %1</translation>
    </message>
    <message>
        <source>Read in %1 ms</source>
        <translation>Đọc trong %1 ms</translation>
    </message>
    <message>
        <source>all departments</source>
        <translation>tất cả cơ quan</translation>
    </message>
    <message>
        <source>Today, %1 — this workstation, %2</source>
        <translation>Hôm nay, %1 — máy trạm này, %2</translation>
    </message>
    <message>
        <source>Pending, not yet due</source>
        <translation>Đang giải quyết, trong hạn</translation>
    </message>
    <message>
        <source>Pending, overdue</source>
        <translation>Đang giải quyết, quá hạn</translation>
    </message>
    <message>
        <source>Received %1 (counter %2, online %3, post %4) · returned %5 · due later today %6 · overdue %7 · awaiting a supplement %8</source>
        <translation>Tiếp nhận %1 (trực tiếp %2, trực tuyến %3, bưu chính %4) · đã trả kết quả %5 · đến hạn trong hôm nay %6 · quá hạn %7 · chờ bổ sung %8</translation>
    </message>
    <message>
        <source>Not available: no portal is configured for this workstation (Settings). The numbers above are this workstation&apos;s own.</source>
        <translation>Không có số liệu: máy trạm này chưa cấu hình cổng dịch vụ công (Cài đặt). Các số liệu ở trên là của riêng máy trạm này.</translation>
    </message>
    <message>
        <source>Asking the portal for the center&apos;s figures…</source>
        <translation>Đang lấy số liệu của trung tâm từ cổng dịch vụ công…</translation>
    </message>
    <message>
        <source>Offline: the portal cannot be reached. Last figures received at %1: %2</source>
        <translation>Ngoại tuyến: không kết nối được cổng dịch vụ công. Số liệu nhận lần gần nhất lúc %1: %2</translation>
    </message>
    <message>
        <source>Offline: the portal cannot be reached, so the center&apos;s figures are not available. The numbers above are this workstation&apos;s own.</source>
        <translation>Ngoại tuyến: không kết nối được cổng dịch vụ công nên chưa có số liệu của trung tâm. Các số liệu ở trên là của riêng máy trạm này.</translation>
    </message>
    <message>
        <source>The portal did not give new figures (%1). Last figures received at %2: %3</source>
        <translation>Cổng dịch vụ công không trả về số liệu mới (%1). Số liệu nhận lần gần nhất lúc %2: %3</translation>
    </message>
    <message>
        <source>The portal did not give the center&apos;s figures: %1</source>
        <translation>Cổng dịch vụ công không trả về số liệu của trung tâm: %1</translation>
    </message>
    <message>
        <source>%1 — received from the portal at %2</source>
        <translation>%1 — nhận từ cổng dịch vụ công lúc %2</translation>
    </message>
    <message>
        <source>&amp;Report of the period</source>
        <translation>&amp;Báo cáo trong kỳ</translation>
    </message>
    <message>
        <source>Service &amp;quality index (Decision 766)</source>
        <translation>Chỉ số &amp;chất lượng phục vụ (QĐ 766)</translation>
    </message>
    <message>
        <source>Online dossiers awaiting acceptance</source>
        <translation>Hồ sơ trực tuyến chờ tiếp nhận</translation>
    </message>
    <message>
        <source>Past the acceptance deadline</source>
        <translation>Quá hạn tiếp nhận</translation>
    </message>
    <message>
        <source>Today, %1 — the whole center (every counter&apos;s dossiers held here), %2</source>
        <translation>Hôm nay, %1 — toàn trung tâm (hồ sơ của mọi quầy có trên máy này), %2</translation>
    </message>
    <message>
        <source>Not asked: no server is configured. The numbers above count every counter&apos;s dossiers this workstation received from the center at its last sync.</source>
        <translation>Không hỏi máy chủ: chưa cấu hình máy chủ. Các số liệu ở trên tính hồ sơ của mọi quầy mà máy trạm này nhận từ trung tâm ở lần đồng bộ gần nhất.</translation>
    </message>
    <message>
        <source>Offline: the center&apos;s server cannot be reached. The numbers above count every counter&apos;s dossiers as of this workstation&apos;s last sync.</source>
        <translation>Ngoại tuyến: không kết nối được máy chủ trung tâm. Các số liệu ở trên tính hồ sơ của mọi quầy đến lần đồng bộ gần nhất của máy trạm này.</translation>
    </message>
    <message>
        <source>Center-wide: all workstations of the center, as counted by the center&apos;s server</source>
        <translation>Toàn trung tâm: tất cả máy trạm của trung tâm, theo số liệu của máy chủ trung tâm</translation>
    </message>
    <message>
        <source>Asking the center&apos;s server for its figures…</source>
        <translation>Đang hỏi máy chủ trung tâm số liệu…</translation>
    </message>
    <message>
        <source>Offline: the center&apos;s server cannot be reached. Last figures received at %1: %2</source>
        <translation>Ngoại tuyến: không kết nối được máy chủ trung tâm. Số liệu nhận lần cuối lúc %1: %2</translation>
    </message>
    <message>
        <source>The center&apos;s server did not give new figures (%1). Last figures received at %2: %3</source>
        <translation>Máy chủ trung tâm không trả số liệu mới (%1). Số liệu nhận lần cuối lúc %2: %3</translation>
    </message>
    <message>
        <source>The center&apos;s server did not give its figures: %1</source>
        <translation>Máy chủ trung tâm không trả số liệu: %1</translation>
    </message>
    <message>
        <source>%1 — received from the center&apos;s server at %2</source>
        <translation>%1 — nhận từ máy chủ trung tâm lúc %2</translation>
    </message>
</context>
<context>
    <name>motcua::DashboardTile</name>
    <message>
        <source>%1 — click to list these dossiers</source>
        <translation>%1 — bấm để xem danh sách các hồ sơ này</translation>
    </message>
    <message>
        <source>this workstation: %1</source>
        <translation>máy trạm này: %1</translation>
    </message>
</context>
<context>
    <name>motcua::Database</name>
    <message>
        <source>(Technical detail: %1)</source>
        <translation>(Chi tiết kỹ thuật: %1)</translation>
    </message>
    <message>
        <source>The database is busy with another program of this workstation (a second window of the app or a command). Nothing was saved: wait a moment and try again; if this keeps happening, close the other program or restart the app.</source>
        <translation>Cơ sở dữ liệu đang bận vì một chương trình khác trên máy này (một cửa sổ khác của ứng dụng hoặc một lệnh). Chưa có gì được lưu: hãy đợi một lát rồi thử lại; nếu vẫn lặp lại, hãy đóng chương trình kia hoặc khởi động lại ứng dụng.</translation>
    </message>
    <message>
        <source>The disk is full, so nothing was saved. Free some space on the disk (delete or move old files, empty the trash), then try again: what was saved before is kept.</source>
        <translation>Ổ đĩa đã đầy nên chưa có gì được lưu. Hãy giải phóng dung lượng (xóa hoặc chuyển các tệp cũ, dọn thùng rác) rồi thử lại: những gì đã lưu trước đó vẫn còn nguyên.</translation>
    </message>
    <message>
        <source>The disk could not be read or written (input/output error), so nothing was saved. Check that the disk or drive is connected and working, then try again; if it keeps happening, call the administrator.</source>
        <translation>Không đọc hoặc ghi được ổ đĩa (lỗi vào/ra) nên chưa có gì được lưu. Hãy kiểm tra ổ đĩa đã được cắm và hoạt động bình thường rồi thử lại; nếu vẫn lặp lại, hãy gọi quản trị viên.</translation>
    </message>
    <message>
        <source>The database file is damaged. Stop entering work on this workstation and call the administrator to restore it from the latest backup; nothing more is written to it.</source>
        <translation>Tệp cơ sở dữ liệu bị hỏng. Hãy ngừng nhập liệu trên máy này và gọi quản trị viên để khôi phục từ bản sao lưu gần nhất; không ghi thêm gì vào tệp này nữa.</translation>
    </message>
    <message>
        <source>The database file cannot be opened. Check that its folder exists and that this user may read and write it, or call the administrator.</source>
        <translation>Không mở được tệp cơ sở dữ liệu. Hãy kiểm tra thư mục chứa tệp còn tồn tại và người dùng này có quyền đọc, ghi, hoặc gọi quản trị viên.</translation>
    </message>
    <message>
        <source>The database may not be written by this user, so nothing was saved. Call the administrator to give this user write access to the database folder.</source>
        <translation>Người dùng này không có quyền ghi vào cơ sở dữ liệu nên chưa có gì được lưu. Hãy gọi quản trị viên để cấp quyền ghi vào thư mục cơ sở dữ liệu.</translation>
    </message>
    <message>
        <source>The data breaks a rule of the database (a duplicate or missing record), so nothing was saved. Check what was entered and try again.</source>
        <translation>Dữ liệu vi phạm một quy tắc của cơ sở dữ liệu (bản ghi bị trùng hoặc bị thiếu) nên chưa có gì được lưu. Hãy kiểm tra thông tin đã nhập rồi thử lại.</translation>
    </message>
    <message>
        <source>The computer ran out of memory, so nothing was saved. Close other programs and try again.</source>
        <translation>Máy tính đã hết bộ nhớ nên chưa có gì được lưu. Hãy đóng bớt các chương trình khác rồi thử lại.</translation>
    </message>
    <message>
        <source>The database reported an error (code %1), so nothing was saved. Try again; if it keeps happening, call the administrator.</source>
        <translation>Cơ sở dữ liệu báo lỗi (mã %1) nên chưa có gì được lưu. Hãy thử lại; nếu vẫn lặp lại, hãy gọi quản trị viên.</translation>
    </message>
    <message>
        <source>The database statement is not prepared.</source>
        <translation>Câu lệnh cơ sở dữ liệu chưa được chuẩn bị.</translation>
    </message>
    <message>
        <source>The database key is not valid.</source>
        <translation>Khóa của cơ sở dữ liệu không hợp lệ.</translation>
    </message>
    <message>
        <source>creating the encrypted copy</source>
        <translation>tạo bản sao đã mã hóa</translation>
    </message>
    <message>
        <source>Cannot open the database %1: %2</source>
        <translation>Không mở được cơ sở dữ liệu %1: %2</translation>
    </message>
    <message>
        <source>registering the fold() function</source>
        <translation>đăng ký hàm fold()</translation>
    </message>
    <message>
        <source>The database is not open.</source>
        <translation>Cơ sở dữ liệu chưa được mở.</translation>
    </message>
    <message>
        <source>preparing a query</source>
        <translation>chuẩn bị truy vấn</translation>
    </message>
    <message>
        <source>The database reported an error while %1: %2</source>
        <translation>Cơ sở dữ liệu báo lỗi khi %1: %2</translation>
    </message>
    <message>
        <source>The transaction is already finished.</source>
        <translation>Giao dịch đã kết thúc.</translation>
    </message>
    <message>
        <source>An inner transaction is still open.</source>
        <translation>Một giao dịch bên trong vẫn đang mở.</translation>
    </message>
    <message>
        <source>merging the search index</source>
        <translation>gộp chỉ mục tìm kiếm</translation>
    </message>
</context>
<context>
    <name>motcua::DatabaseEncryption</name>
    <message>
        <source>Only a plain database file can be encrypted.</source>
        <translation>Chỉ có thể mã hóa một tệp cơ sở dữ liệu chưa mã hóa.</translation>
    </message>
    <message>
        <source>The database is open in another program; it is encrypted at a later administrator login.</source>
        <translation>Cơ sở dữ liệu đang được mở trong một chương trình khác; nó sẽ được mã hóa ở lần đăng nhập quản trị viên sau.</translation>
    </message>
    <message>
        <source>The encrypted copy of the database differs from the original; the original is kept.</source>
        <translation>Bản sao đã mã hóa của cơ sở dữ liệu khác với bản gốc; bản gốc được giữ nguyên.</translation>
    </message>
    <message>
        <source>Cannot rename the database %1 to %2.</source>
        <translation>Không đổi được tên cơ sở dữ liệu %1 thành %2.</translation>
    </message>
    <message>
        <source>leaving the write-ahead log</source>
        <translation>chuyển cơ sở dữ liệu khỏi chế độ nhật ký ghi trước (WAL)</translation>
    </message>
    <message>
        <source>counting the rows of the database</source>
        <translation>đếm các dòng của cơ sở dữ liệu</translation>
    </message>
</context>
<context>
    <name>motcua::DatabaseGuard</name>
    <message>
        <source>Another program briefly disturbed the database file, so the app opened it again. Every saved record is kept; you can carry on working.</source>
        <translation>Một chương trình khác vừa tác động vào tệp cơ sở dữ liệu nên ứng dụng đã mở lại tệp. Mọi hồ sơ đã lưu vẫn còn nguyên; bạn có thể tiếp tục làm việc.</translation>
    </message>
    <message>
        <source>Another program disturbed the database file and the app could not open it again. Save nothing more, close the app and start it again; saved records are kept.</source>
        <translation>Một chương trình khác đã tác động vào tệp cơ sở dữ liệu và ứng dụng không mở lại được. Đừng lưu thêm gì, hãy đóng ứng dụng rồi mở lại; các hồ sơ đã lưu vẫn còn nguyên.</translation>
    </message>
</context>
<context>
    <name>motcua::DepartmentQueue</name>
    <message>
        <source>A department officer sees only the queue of their own departments.</source>
        <translation>Cán bộ đơn vị chỉ xem được hàng đợi của đơn vị mình.</translation>
    </message>
    <message>
        <source>This is the counter&apos;s step, not a department officer&apos;s: %1.</source>
        <translation>Đây là bước của bộ phận một cửa, không phải của cán bộ đơn vị: %1.</translation>
    </message>
    <message>
        <source>The dossier is not with your department: a department officer records only their department&apos;s steps.</source>
        <translation>Hồ sơ không ở đơn vị của bạn: cán bộ đơn vị chỉ ghi các bước của đơn vị mình.</translation>
    </message>
</context>
<context>
    <name>motcua::DepartmentQueueRepository</name>
    <message>
        <source>reading the department&apos;s dossiers</source>
        <translation>đọc các hồ sơ của phòng ban</translation>
    </message>
    <message>
        <source>reading the departments</source>
        <translation>đọc danh sách cơ quan</translation>
    </message>
</context>
<context>
    <name>motcua::DossierActionPanel</name>
    <message>
        <source>To &amp;department:</source>
        <translation>Chuyển đến &amp;cơ quan:</translation>
    </message>
    <message>
        <source>Remove the paper</source>
        <translation>Bỏ giấy tờ</translation>
    </message>
    <message>
        <source>New &amp;appointment:</source>
        <translation>Ngày &amp;hẹn trả mới:</translation>
    </message>
    <message>
        <source>&amp;Reason (required):</source>
        <translation>&amp;Lý do (bắt buộc):</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;Ghi chú:</translation>
    </message>
    <message>
        <source>Confirm (Ctrl+Enter)</source>
        <translation>Xác nhận (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>Cancel (Esc)</source>
        <translation>Hủy (Esc)</translation>
    </message>
    <message>
        <source>This step is recorded in its own dialog.</source>
        <translation>Bước này được ghi nhận trong hộp thoại riêng.</translation>
    </message>
    <message>
        <source>%1: done. The dossier is now &quot;%2&quot;.</source>
        <translation>%1: xong. Hồ sơ hiện ở trạng thái &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>Not handed in</source>
        <translation>Chưa nộp</translation>
    </message>
    <message>
        <source>Not signed or stamped</source>
        <translation>Thiếu chữ ký, đóng dấu</translation>
    </message>
    <message>
        <source>Copy not certified</source>
        <translation>Bản sao chưa chứng thực</translation>
    </message>
    <message>
        <source>Details do not match</source>
        <translation>Thông tin không khớp</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Hết hạn</translation>
    </message>
    <message>
        <source>Unreadable</source>
        <translation>Không đọc được</translation>
    </message>
    <message>
        <source>&amp;Papers to add or complete:</source>
        <translation>&amp;Giấy tờ cần bổ sung, hoàn thiện:</translation>
    </message>
    <message>
        <source>Paper (tick the ones missing or faulty)</source>
        <translation>Giấy tờ (đánh dấu giấy còn thiếu hoặc chưa đạt)</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Lý do</translation>
    </message>
    <message>
        <source>Space ticks a paper; type or pick its reason (F2). The request (form 02) is printed when you confirm.</source>
        <translation>Phím cách đánh dấu một giấy tờ; gõ hoặc chọn lý do (F2). Phiếu yêu cầu bổ sung (mẫu 02) được in khi xác nhận.</translation>
    </message>
    <message>
        <source>Add a paper not on the list</source>
        <translation>Thêm giấy tờ ngoài danh sách</translation>
    </message>
    <message>
        <source>Tick at least one paper that is missing or faulty.</source>
        <translation>Hãy đánh dấu ít nhất một giấy tờ còn thiếu hoặc chưa đạt.</translation>
    </message>
    <message>
        <source>Say why &quot;%1&quot; is asked for: type or pick its reason.</source>
        <translation>Hãy nêu lý do yêu cầu bổ sung &quot;%1&quot;: gõ hoặc chọn lý do.</translation>
    </message>
    <message>
        <source>The request is recorded, but form 02 could not be made: %1</source>
        <translation>Đã ghi nhận yêu cầu bổ sung nhưng không lập được mẫu 02: %1</translation>
    </message>
</context>
<context>
    <name>motcua::DossierCodeAllocator</name>
    <message>
        <source>The dossier numbering settings are invalid (offline ranges from %1 for %2 workstations, blocks of %3).</source>
        <translation>Thiết lập đánh số hồ sơ không hợp lệ (dải số ngoại tuyến từ %1 cho %2 máy trạm, mỗi khối %3 số).</translation>
    </message>
    <message>
        <source>The workstation number must be between 1 and %1; it is %2.</source>
        <translation>Số hiệu máy trạm phải từ 1 đến %1; hiện là %2.</translation>
    </message>
    <message>
        <source>The center cannot be reached to lease dossier numbers.</source>
        <translation>Không kết nối được với trung tâm để nhận số hồ sơ.</translation>
    </message>
    <message>
        <source>The center leased dossier numbers %1–%2, which this workstation cannot use.</source>
        <translation>Trung tâm cấp các số hồ sơ %1–%2, máy trạm này không dùng được.</translation>
    </message>
    <message>
        <source>The agency code &quot;%1&quot; is not valid.</source>
        <translation>Mã cơ quan &quot;%1&quot; không hợp lệ.</translation>
    </message>
    <message>
        <source>The dossier has no time of receipt.</source>
        <translation>Hồ sơ chưa có thời điểm tiếp nhận.</translation>
    </message>
    <message>
        <source>A dossier code must be taken inside the transaction that saves the dossier.</source>
        <translation>Mã hồ sơ phải được lấy trong cùng giao dịch lưu hồ sơ.</translation>
    </message>
    <message>
        <source>This workstation has used all its offline dossier numbers for today (%1–%2). Connect to the center to lease more numbers.</source>
        <translation>Máy trạm này đã dùng hết số hồ sơ ngoại tuyến của hôm nay (%1–%2). Hãy kết nối với trung tâm để nhận thêm số.</translation>
    </message>
    <message>
        <source>reading the blocks of dossier numbers</source>
        <translation>đọc các dải số hồ sơ</translation>
    </message>
    <message>
        <source>taking a dossier number</source>
        <translation>lấy số hồ sơ</translation>
    </message>
    <message>
        <source>recording a block of dossier numbers</source>
        <translation>ghi nhận một dải số hồ sơ</translation>
    </message>
</context>
<context>
    <name>motcua::DossierCommands</name>
    <message>
        <source>Usage: motcuactl dossier SUBCOMMAND [options]

Subcommands:
  create FILE.json --user NAME   receive a dossier described by a JSON file
  show CODE                      print a dossier
  print CODE --form NN --out F   render form 01 to 05 to PDF
  timeline CODE                  history, hand-overs and due date
  transfer CODE --to DEPT        hand over to a department
  receive CODE                   the department takes it up
  take-back CODE                 undo one&apos;s own transfer not yet received
  request-supplement CODE --item &quot;PAPER: REASON&quot;...
  supplement-received CODE       the papers arrived (clock runs again)
  awaiting-fees CODE             fees or taxes to pay
  complete CODE                  decided, result ready
  back-to-counter CODE           a department hands it back to the counter
  receive-back CODE              the counter signs for what came back
  return CODE --collector NAME --id-number N --paper TEXT...
  withdraw CODE --reason TEXT    the applicant withdraws
  stop CODE --reason TEXT        stop processing (supervisors)
  apologize CODE --new-appointment TIME --reason TEXT  form 04 (supervisors)
  result attach CODE FILE...     the result&apos;s scan or file (processed dossiers)
Steps that change a dossier need --user NAME.

motcuactl dossier SUBCOMMAND --help shows the options of each.
</source>
        <translation>Cách dùng: motcuactl dossier SUBCOMMAND [tùy chọn]

Lệnh con:
  create FILE.json --user NAME   tiếp nhận hồ sơ được mô tả trong tệp JSON
  show CODE                      in thông tin hồ sơ
  print CODE --form NN --out F   xuất mẫu 01 đến 05 ra PDF
  timeline CODE                  quá trình xử lý, các lần bàn giao và hạn giải quyết
  transfer CODE --to DEPT        chuyển cho cơ quan giải quyết
  receive CODE                   cơ quan nhận hồ sơ để giải quyết
  take-back CODE                 thu hồi lần chuyển của chính mình khi chưa được tiếp nhận
  request-supplement CODE --item &quot;PAPER: REASON&quot;...
  supplement-received CODE       đã nhận giấy tờ bổ sung (tiếp tục tính thời hạn)
  awaiting-fees CODE             chờ nộp phí, lệ phí hoặc thuế
  complete CODE                  đã giải quyết, có kết quả
  back-to-counter CODE           cơ quan chuyển trả hồ sơ về bộ phận một cửa
  receive-back CODE              bộ phận một cửa ký nhận hồ sơ được chuyển về
  return CODE --collector NAME --id-number N --paper TEXT...
  withdraw CODE --reason TEXT    người nộp rút hồ sơ
  stop CODE --reason TEXT        dừng xử lý (lãnh đạo)
  apologize CODE --new-appointment TIME --reason TEXT  mẫu 04 (lãnh đạo)
  result attach CODE FILE...     tệp hoặc bản quét kết quả (hồ sơ đã giải quyết xong)
Các bước làm thay đổi hồ sơ cần có --user NAME.

motcuactl dossier SUBCOMMAND --help hiện các tùy chọn của từng lệnh con.
</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Không đọc được %1: %2</translation>
    </message>
    <message>
        <source>%1 is not valid JSON (at byte %2): %3</source>
        <translation>%1 không phải JSON hợp lệ (tại byte %2): %3</translation>
    </message>
    <message>
        <source>%1 must hold one JSON object.</source>
        <translation>%1 phải chứa một đối tượng JSON.</translation>
    </message>
    <message>
        <source>originals: %1, certified copies: %2, photocopies: %3</source>
        <translation>bản chính: %1, bản sao chứng thực: %2, bản photo: %3</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Mã</translation>
    </message>
    <message>
        <source>Procedure</source>
        <translation>Thủ tục</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Cơ quan</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Hình thức nộp</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Trạng thái</translation>
    </message>
    <message>
        <source>Applicant</source>
        <translation>Người nộp</translation>
    </message>
    <message>
        <source>Applicant type</source>
        <translation>Loại đối tượng</translation>
    </message>
    <message>
        <source>ID number</source>
        <translation>Số giấy tờ tùy thân</translation>
    </message>
    <message>
        <source>Birth date</source>
        <translation>Ngày sinh</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Địa chỉ</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Điện thoại</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Thư điện tử</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Trích yếu</translation>
    </message>
    <message>
        <source>Sets</source>
        <translation>Số bộ</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Tiếp nhận</translation>
    </message>
    <message>
        <source>Received by</source>
        <translation>Người tiếp nhận</translation>
    </message>
    <message>
        <source>Appointment</source>
        <translation>Hẹn trả</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Cách tính</translation>
    </message>
    <message>
        <source>Fees</source>
        <translation>Phí, lệ phí</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>Hoàn thành</translation>
    </message>
    <message>
        <source>Returned</source>
        <translation>Đã trả</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Ghi chú</translation>
    </message>
    <message>
        <source>Paper %1</source>
        <translation>Giấy tờ %1</translation>
    </message>
    <message>
        <source> — missing</source>
        <translation> — còn thiếu</translation>
    </message>
    <message>
        <source>Fee</source>
        <translation>Khoản phí</translation>
    </message>
    <message>
        <source>Attachment %1</source>
        <translation>Tệp đính kèm %1</translation>
    </message>
    <message>
        <source>FIELD</source>
        <translation>TRƯỜNG</translation>
    </message>
    <message>
        <source>VALUE</source>
        <translation>GIÁ TRỊ</translation>
    </message>
    <message>
        <source>Receives a dossier described by a JSON file (the shape of `dossier show --json`): mints its code, computes the appointment and stores it. Prints the code and the appointment.</source>
        <translation>Tiếp nhận hồ sơ được mô tả trong tệp JSON (dạng của `dossier show --json`): cấp mã hồ sơ, tính ngày hẹn trả và lưu lại. In ra mã hồ sơ và ngày hẹn trả.</translation>
    </message>
    <message>
        <source>The dossier as JSON.</source>
        <translation>Hồ sơ dạng JSON.</translation>
    </message>
    <message>
        <source>give one FILE.</source>
        <translation>hãy cho một TỆP.</translation>
    </message>
    <message>
        <source>Dossier %1 received.
Appointment: %2
Rule: %3</source>
        <translation>Đã tiếp nhận hồ sơ %1.
Hẹn trả: %2
Cách tính: %3</translation>
    </message>
    <message>
        <source>Prints a dossier: applicant, papers, fees, dates.</source>
        <translation>In thông tin hồ sơ: người nộp, thành phần hồ sơ, phí, các mốc thời gian.</translation>
    </message>
    <message>
        <source>The dossier code, e.g. 000.00.00.H34-260213-0001.</source>
        <translation>Mã hồ sơ, ví dụ 000.00.00.H34-260213-0001.</translation>
    </message>
    <message>
        <source>give one CODE.</source>
        <translation>hãy cho một MÃ.</translation>
    </message>
</context>
<context>
    <name>motcua::DossierExportRepository</name>
    <message>
        <source>reading the dossier list</source>
        <translation>đọc danh sách hồ sơ</translation>
    </message>
</context>
<context>
    <name>motcua::DossierFields</name>
    <message>
        <source>Field &quot;%1&quot;: %2</source>
        <translation>Trường &quot;%1&quot;: %2</translation>
    </message>
</context>
<context>
    <name>motcua::DossierFilterBar</name>
    <message>
        <source>Search: applicant name (diacritics optional), dossier code, ID number or phone</source>
        <translation>Tìm: tên người nộp (có dấu hoặc không dấu), mã hồ sơ, số giấy tờ tùy thân hoặc điện thoại</translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation>Xóa bộ lọc</translation>
    </message>
    <message>
        <source>&amp;State:</source>
        <translation>&amp;Trạng thái:</translation>
    </message>
    <message>
        <source>De&amp;partment:</source>
        <translation>&amp;Cơ quan:</translation>
    </message>
    <message>
        <source>Pro&amp;cedure:</source>
        <translation>T&amp;hủ tục:</translation>
    </message>
    <message>
        <source>C&amp;hannel:</source>
        <translation>Hình thức &amp;nộp:</translation>
    </message>
    <message>
        <source>Received from</source>
        <translation>Tiếp nhận từ</translation>
    </message>
    <message>
        <source>to</source>
        <translation>đến</translation>
    </message>
    <message>
        <source>Due today</source>
        <translation>Đến hạn hôm nay</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Quá hạn</translation>
    </message>
    <message>
        <source>Received by me</source>
        <translation>Do tôi tiếp nhận</translation>
    </message>
    <message>
        <source>All departments</source>
        <translation>Tất cả cơ quan</translation>
    </message>
    <message>
        <source>All procedures</source>
        <translation>Tất cả thủ tục</translation>
    </message>
    <message>
        <source>All states</source>
        <translation>Tất cả trạng thái</translation>
    </message>
    <message>
        <source>Open (not yet processed)</source>
        <translation>Đang mở (chưa giải quyết)</translation>
    </message>
    <message>
        <source>All channels</source>
        <translation>Tất cả hình thức nộp</translation>
    </message>
    <message>
        <source>Type a name without diacritics (&quot;nguyen van an&quot;), a dossier code, an ID number or a phone.</source>
        <translation>Nhập tên không dấu (&quot;nguyen van an&quot;), mã hồ sơ, số giấy tờ tùy thân hoặc điện thoại.</translation>
    </message>
    <message>
        <source>Searching by dossier code.</source>
        <translation>Đang tìm theo mã hồ sơ.</translation>
    </message>
    <message>
        <source>Searching by ID number.</source>
        <translation>Đang tìm theo số giấy tờ tùy thân.</translation>
    </message>
    <message>
        <source>Searching by phone number (or tax number).</source>
        <translation>Đang tìm theo số điện thoại (hoặc mã số thuế).</translation>
    </message>
    <message>
        <source>Searching by ID or registration number.</source>
        <translation>Đang tìm theo số giấy tờ tùy thân hoặc số đăng ký.</translation>
    </message>
    <message>
        <source>Searching by applicant name; the state, department, date and due filters still apply.</source>
        <translation>Đang tìm theo tên người nộp; các bộ lọc trạng thái, cơ quan, ngày và hạn vẫn được áp dụng.</translation>
    </message>
    <message>
        <source>Searching by the end of a dossier code (the number on the receipt).</source>
        <translation>Đang tìm theo phần cuối mã hồ sơ (số trên giấy tiếp nhận).</translation>
    </message>
</context>
<context>
    <name>motcua::DossierForms</name>
    <message>
        <source>The dossier %1 was not received (%2): it has no receipt (form 01).</source>
        <translation>Hồ sơ %1 chưa được tiếp nhận (%2): hồ sơ không có giấy tiếp nhận (mẫu 01).</translation>
    </message>
    <message>
        <source>No supplement was requested for the dossier %1.</source>
        <translation>Hồ sơ %1 chưa có yêu cầu bổ sung nào.</translation>
    </message>
    <message>
        <source>The dossier %1 was not refused at intake.</source>
        <translation>Hồ sơ %1 không bị từ chối khi tiếp nhận.</translation>
    </message>
</context>
<context>
    <name>motcua::DossierGenerator</name>
    <message>
        <source>The number of dossiers must be between 1 and 100,000,000.</source>
        <translation>Số lượng hồ sơ phải từ 1 đến 100.000.000.</translation>
    </message>
    <message>
        <source>The number of years must be between 1 and 50.</source>
        <translation>Số năm phải từ 1 đến 50.</translation>
    </message>
    <message>
        <source>The database already holds dossiers: generate into a new database.</source>
        <translation>Cơ sở dữ liệu đã có hồ sơ: hãy tạo dữ liệu vào một cơ sở dữ liệu mới.</translation>
    </message>
    <message>
        <source>The center&apos;s agency code is not set.</source>
        <translation>Chưa thiết lập mã cơ quan của trung tâm.</translation>
    </message>
</context>
<context>
    <name>motcua::DossierGeneratorRows</name>
    <message>
        <source>writing generated dossiers</source>
        <translation>ghi dữ liệu hồ sơ được tạo</translation>
    </message>
    <message>
        <source>The catalogue has no procedure with a processing time: import one first.</source>
        <translation>Danh mục không có thủ tục nào có thời hạn giải quyết: hãy nhập danh mục trước.</translation>
    </message>
    <message>
        <source>Received at the counter</source>
        <translation>Tiếp nhận trực tiếp tại Bộ phận Một cửa</translation>
    </message>
    <message>
        <source>Received online</source>
        <translation>Tiếp nhận trực tuyến</translation>
    </message>
    <message>
        <source>Received by post</source>
        <translation>Tiếp nhận qua dịch vụ bưu chính</translation>
    </message>
    <message>
        <source>Transferred to the department for processing</source>
        <translation>Chuyển cơ quan chuyên môn giải quyết</translation>
    </message>
    <message>
        <source>Supplement requested</source>
        <translation>Yêu cầu bổ sung</translation>
    </message>
    <message>
        <source>Supplement received</source>
        <translation>Đã nhận bổ sung</translation>
    </message>
    <message>
        <source>Awaiting fees</source>
        <translation>Chờ thực hiện nghĩa vụ tài chính</translation>
    </message>
    <message>
        <source>Decided, result ready</source>
        <translation>Đã giải quyết, có kết quả chờ trả</translation>
    </message>
    <message>
        <source>Result returned to the applicant</source>
        <translation>Đã trả kết quả cho người nộp</translation>
    </message>
    <message>
        <source>Refused at intake</source>
        <translation>Từ chối tiếp nhận</translation>
    </message>
    <message>
        <source>Withdrawn by the applicant</source>
        <translation>Người nộp rút hồ sơ</translation>
    </message>
    <message>
        <source>Processing stopped</source>
        <translation>Dừng xử lý</translation>
    </message>
    <message>
        <source>%1 dossiers in %2 years would put %3 on the busiest day, more than the %4 numbers a day has: give more years.</source>
        <translation>%1 hồ sơ trong %2 năm sẽ có %3 hồ sơ vào ngày đông nhất, nhiều hơn %4 số hồ sơ có thể cấp trong một ngày: hãy tăng số năm.</translation>
    </message>
</context>
<context>
    <name>motcua::DossierListCommand</name>
    <message>
        <source>The dossiers received in a period as a list: code, procedure code, department code and name, channel, national status code, received, appointment, finished and returned (ISO 8601 with offset), as the periodic report counts them. --personal adds the applicant&apos;s name, ID number, phone and address: supervisors only, written to the audit log.</source>
        <translation>Danh sách hồ sơ tiếp nhận trong một kỳ: mã hồ sơ, mã thủ tục, mã và tên đơn vị, kênh, mã trạng thái quốc gia, thời điểm tiếp nhận, hẹn trả, kết thúc xử lý và trả kết quả (ISO 8601 kèm múi giờ), như báo cáo định kỳ tính. --personal thêm họ tên, số giấy tờ, điện thoại và địa chỉ của người nộp: chỉ dành cho lãnh đạo, được ghi vào nhật ký.</translation>
    </message>
    <message>
        <source>First day of the period (YYYY-MM-DD).</source>
        <translation>Ngày đầu kỳ (YYYY-MM-DD).</translation>
    </message>
    <message>
        <source>Last day of the period, included (YYYY-MM-DD).</source>
        <translation>Ngày cuối kỳ, tính cả ngày này (YYYY-MM-DD).</translation>
    </message>
    <message>
        <source>Only this department (its code).</source>
        <translation>Chỉ cơ quan này (mã cơ quan).</translation>
    </message>
    <message>
        <source>csv, json or xlsx (default: from the --out file name, else csv).</source>
        <translation>csv, json hoặc xlsx (mặc định: theo tên tệp --out, nếu không thì csv).</translation>
    </message>
    <message>
        <source>The file to write.</source>
        <translation>Tệp cần ghi.</translation>
    </message>
    <message>
        <source>Add the applicant&apos;s columns (supervisors only; audited).</source>
        <translation>Thêm các cột thông tin người nộp (chỉ lãnh đạo; ghi nhật ký).</translation>
    </message>
    <message>
        <source>unexpected argument &apos;%1&apos;.</source>
        <translation>tham số &apos;%1&apos; không được mong đợi.</translation>
    </message>
    <message>
        <source>--from and --to are required dates (YYYY-MM-DD), the first on or before the last.</source>
        <translation>--from và --to là ngày bắt buộc (YYYY-MM-DD), ngày đầu trước hoặc trùng ngày cuối.</translation>
    </message>
    <message>
        <source>--format is csv, json or xlsx.</source>
        <translation>--format là csv, json hoặc xlsx.</translation>
    </message>
    <message>
        <source>give --format: the file name does not say which.</source>
        <translation>hãy cho --format: tên tệp không cho biết định dạng.</translation>
    </message>
    <message>
        <source>--out FILE is required for XLSX.</source>
        <translation>XLSX cần --out TỆP.</translation>
    </message>
    <message>
        <source>No department has the code &apos;%1&apos;.</source>
        <translation>Không có cơ quan nào mã &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Không ghi được %1: %2</translation>
    </message>
    <message>
        <source>%1 dossiers written to %2.</source>
        <translation>Đã ghi %1 hồ sơ vào %2.</translation>
    </message>
</context>
<context>
    <name>motcua::DossierListExport</name>
    <message>
        <source>Cannot create a temporary folder for the workbook.</source>
        <translation>Không tạo được thư mục tạm cho bảng tính.</translation>
    </message>
    <message>
        <source>Cannot start the workbook.</source>
        <translation>Không khởi tạo được bảng tính.</translation>
    </message>
    <message>
        <source>Writing the workbook failed: %1</source>
        <translation>Ghi bảng tính không thành công: %1</translation>
    </message>
    <message>
        <source>Cannot read the workbook back: %1</source>
        <translation>Không đọc lại được bảng tính: %1</translation>
    </message>
</context>
<context>
    <name>motcua::DossierListExportDialog</name>
    <message>
        <source>Export the dossier list</source>
        <translation>Xuất danh sách hồ sơ</translation>
    </message>
    <message>
        <source>The dossiers of the list&apos;s current filter, with code, procedure, department, channel, national status and the received, appointment, finished and returned times.</source>
        <translation>Các hồ sơ theo bộ lọc hiện tại của danh sách, gồm mã, thủ tục, đơn vị, kênh, trạng thái theo mã quốc gia và thời điểm tiếp nhận, hẹn trả, kết thúc xử lý, trả kết quả.</translation>
    </message>
    <message>
        <source>Excel workbook (XLSX)</source>
        <translation>Bảng tính Excel (XLSX)</translation>
    </message>
    <message>
        <source>CSV (UTF-8)</source>
        <translation>CSV (UTF-8)</translation>
    </message>
    <message>
        <source>Include the applicants&apos; personal data (name, ID number, phone, address)</source>
        <translation>Kèm thông tin cá nhân của người nộp (họ tên, số giấy tờ, điện thoại, địa chỉ)</translation>
    </message>
    <message>
        <source>Supervisors only. The export is written to the audit log.</source>
        <translation>Chỉ dành cho lãnh đạo. Việc xuất được ghi vào nhật ký.</translation>
    </message>
    <message>
        <source>Only supervisors and administrators can export personal data.</source>
        <translation>Chỉ lãnh đạo và quản trị viên được xuất thông tin cá nhân.</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Chọn…</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>Định &amp;dạng:</translation>
    </message>
    <message>
        <source>F&amp;ile:</source>
        <translation>&amp;Tệp:</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Xuất</translation>
    </message>
    <message>
        <source>Save the dossier list</source>
        <translation>Lưu danh sách hồ sơ</translation>
    </message>
    <message>
        <source>Spreadsheets (*.xlsx *.csv)</source>
        <translation>Bảng tính (*.xlsx *.csv)</translation>
    </message>
    <message>
        <source>Choose the file to write.</source>
        <translation>Hãy chọn tệp để ghi.</translation>
    </message>
    <message>
        <source>The file could not be written: %1. Choose another folder.</source>
        <translation>Không ghi được tệp: %1. Hãy chọn thư mục khác.</translation>
    </message>
    <message numerus="yes">
        <source>The %n dossier(s) the list shows for the search and the current filter, with code, procedure, department, channel, national status and the received, appointment, finished and returned times.</source>
        <translation>
            <numerusform>%n hồ sơ mà danh sách đang hiển thị theo tìm kiếm và bộ lọc hiện tại, gồm mã, thủ tục, phòng ban, kênh, trạng thái quốc gia và thời điểm tiếp nhận, hẹn trả, hoàn thành và trả kết quả.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>motcua::DossierListModel</name>
    <message>
        <source>Overdue</source>
        <translation>Quá hạn</translation>
    </message>
    <message>
        <source>Due today</source>
        <translation>Đến hạn hôm nay</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>Tạm dừng</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Mã</translation>
    </message>
    <message>
        <source>Applicant</source>
        <translation>Người nộp</translation>
    </message>
    <message>
        <source>Procedure</source>
        <translation>Thủ tục</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Cơ quan</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Tiếp nhận</translation>
    </message>
    <message>
        <source>Appointment</source>
        <translation>Hẹn trả</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Trạng thái</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Hạn</translation>
    </message>
</context>
<context>
    <name>motcua::DossierListService</name>
    <message>
        <source>Only supervisors and administrators can export the applicants&apos; personal data.</source>
        <translation>Chỉ lãnh đạo và quản trị viên được xuất thông tin cá nhân của người nộp hồ sơ.</translation>
    </message>
</context>
<context>
    <name>motcua::DossierRepository</name>
    <message>
        <source>There is no department with code %1.</source>
        <translation>Không có cơ quan mã %1.</translation>
    </message>
    <message>
        <source>A dossier needs a code, a time of receipt and an appointment time before it is saved.</source>
        <translation>Hồ sơ cần có mã, thời điểm tiếp nhận và thời điểm hẹn trả trước khi lưu.</translation>
    </message>
    <message>
        <source>The dossier&apos;s procedure is not in the catalogue.</source>
        <translation>Thủ tục của hồ sơ không có trong danh mục.</translation>
    </message>
    <message>
        <source>A dossier with code %1 already exists.</source>
        <translation>Đã có hồ sơ mã %1.</translation>
    </message>
    <message>
        <source>The dossier no longer exists.</source>
        <translation>Hồ sơ không còn tồn tại.</translation>
    </message>
    <message>
        <source>No dossier has the code %1.</source>
        <translation>Không có hồ sơ nào mã %1.</translation>
    </message>
    <message>
        <source>reading the departments</source>
        <translation>đọc danh sách cơ quan</translation>
    </message>
    <message>
        <source>reading the procedure&apos;s department</source>
        <translation>đọc cơ quan giải quyết của thủ tục</translation>
    </message>
    <message>
        <source>saving the dossier</source>
        <translation>lưu hồ sơ</translation>
    </message>
    <message>
        <source>saving the dossier&apos;s papers</source>
        <translation>lưu thành phần hồ sơ</translation>
    </message>
    <message>
        <source>saving the dossier&apos;s fees</source>
        <translation>lưu phí, lệ phí của hồ sơ</translation>
    </message>
    <message>
        <source>recording the dossier&apos;s step</source>
        <translation>ghi bước xử lý của hồ sơ</translation>
    </message>
    <message>
        <source>reading the dossier&apos;s history</source>
        <translation>đọc lịch sử hồ sơ</translation>
    </message>
    <message>
        <source>saving the dossier&apos;s state</source>
        <translation>lưu trạng thái hồ sơ</translation>
    </message>
    <message>
        <source>reading the dossier&apos;s papers</source>
        <translation>đọc các giấy tờ của hồ sơ</translation>
    </message>
    <message>
        <source>reading the dossier&apos;s result files</source>
        <translation>đọc tệp kết quả của hồ sơ</translation>
    </message>
    <message>
        <source>reading the dossier&apos;s return</source>
        <translation>đọc thông tin trả kết quả của hồ sơ</translation>
    </message>
    <message>
        <source>reading the dossier&apos;s fees</source>
        <translation>đọc phí, lệ phí của hồ sơ</translation>
    </message>
    <message>
        <source>reading the dossier</source>
        <translation>đọc hồ sơ</translation>
    </message>
    <message>
        <source>searching the dossiers</source>
        <translation>tìm hồ sơ</translation>
    </message>
    <message>
        <source>reading the list of dossiers</source>
        <translation>đọc danh sách hồ sơ</translation>
    </message>
    <message>
        <source>counting the day&apos;s dossiers</source>
        <translation>đếm hồ sơ trong ngày</translation>
    </message>
</context>
<context>
    <name>motcua::DossierService</name>
    <message>
        <source>the applicant&apos;s name is required.</source>
        <translation>cần có tên người nộp.</translation>
    </message>
    <message>
        <source>a citizen ID number has exactly 12 digits.</source>
        <translation>số định danh cá nhân có đúng 12 chữ số.</translation>
    </message>
    <message>
        <source>the organisation&apos;s tax or registration number is required.</source>
        <translation>cần có mã số thuế hoặc số đăng ký của tổ chức.</translation>
    </message>
    <message>
        <source>not a Vietnamese phone number.</source>
        <translation>không phải số điện thoại Việt Nam.</translation>
    </message>
    <message>
        <source>not an e-mail address.</source>
        <translation>không phải địa chỉ email.</translation>
    </message>
    <message>
        <source>the date of birth is in the future.</source>
        <translation>ngày sinh ở trong tương lai.</translation>
    </message>
    <message>
        <source>every paper needs a name.</source>
        <translation>giấy tờ nào cũng cần có tên.</translation>
    </message>
    <message>
        <source>counts of papers cannot be negative.</source>
        <translation>số lượng giấy tờ không được âm.</translation>
    </message>
    <message>
        <source>Required papers are missing: %1. Request a supplement or refuse the dossier instead of receiving it.</source>
        <translation>Còn thiếu giấy tờ bắt buộc: %1. Hãy yêu cầu bổ sung hoặc từ chối hồ sơ thay vì tiếp nhận.</translation>
    </message>
    <message>
        <source>a fee cannot be negative.</source>
        <translation>phí, lệ phí không được âm.</translation>
    </message>
    <message>
        <source>the fee &quot;%1&quot; differs from the catalogue: give a reason.</source>
        <translation>khoản phí &quot;%1&quot; khác với danh mục: hãy ghi lý do.</translation>
    </message>
    <message>
        <source>receive dossiers</source>
        <translation>tiếp nhận hồ sơ</translation>
    </message>
    <message>
        <source>at least one set of papers.</source>
        <translation>cần ít nhất một bộ hồ sơ.</translation>
    </message>
    <message>
        <source>The procedure %1 has no processing time for this channel in the catalogue.</source>
        <translation>Thủ tục %1 không có thời hạn giải quyết cho hình thức nộp này trong danh mục.</translation>
    </message>
    <message>
        <source>the time of receipt is in the future.</source>
        <translation>thời điểm tiếp nhận ở trong tương lai.</translation>
    </message>
    <message>
        <source>Received at the counter</source>
        <translation>Tiếp nhận trực tiếp tại Bộ phận Một cửa</translation>
    </message>
    <message>
        <source>request supplements at intake</source>
        <translation>yêu cầu bổ sung hồ sơ khi tiếp nhận</translation>
    </message>
    <message>
        <source>Supplement requested at intake: %1</source>
        <translation>Yêu cầu bổ sung khi tiếp nhận: %1</translation>
    </message>
    <message>
        <source>refuse dossiers</source>
        <translation>từ chối tiếp nhận hồ sơ</translation>
    </message>
    <message>
        <source>a refusal needs its reason (form 03).</source>
        <translation>từ chối cần có lý do (mẫu 03).</translation>
    </message>
    <message>
        <source>Refused at intake: %1</source>
        <translation>Từ chối tiếp nhận: %1</translation>
    </message>
    <message>
        <source>The dossier %1 was neither refused nor sent back for a supplement at intake.</source>
        <translation>Hồ sơ %1 không bị từ chối cũng không bị yêu cầu bổ sung khi tiếp nhận.</translation>
    </message>
    <message>
        <source>keep printed forms</source>
        <translation>lưu biểu mẫu đã in</translation>
    </message>
    <message>
        <source>a form is 01 to 06.</source>
        <translation>biểu mẫu phải từ 01 đến 06.</translation>
    </message>
    <message>
        <source>the document is not a PDF.</source>
        <translation>tài liệu không phải tệp PDF.</translation>
    </message>
</context>
<context>
    <name>motcua::DossierServiceJson</name>
    <message>
        <source>the procedure code is required.</source>
        <translation>cần có mã thủ tục.</translation>
    </message>
    <message>
        <source>unknown channel &quot;%1&quot; (counter, online, postal).</source>
        <translation>hình thức nộp &quot;%1&quot; không hợp lệ (counter, online, postal).</translation>
    </message>
    <message>
        <source>a whole number is expected.</source>
        <translation>cần một số nguyên.</translation>
    </message>
    <message>
        <source>not an ISO 8601 date and time: &quot;%1&quot;.</source>
        <translation>không phải ngày giờ theo ISO 8601: &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>the applicant is required.</source>
        <translation>cần có người nộp.</translation>
    </message>
    <message>
        <source>unknown applicant type &quot;%1&quot; (citizen, enterprise, state_agency, other).</source>
        <translation>loại người nộp &quot;%1&quot; không hợp lệ (citizen, enterprise, state_agency, other).</translation>
    </message>
    <message>
        <source>not a date (YYYY-MM-DD): &quot;%1&quot;.</source>
        <translation>không phải ngày (YYYY-MM-DD): &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>a whole number of đồng is expected.</source>
        <translation>cần một số đồng nguyên.</translation>
    </message>
</context>
<context>
    <name>motcua::DossierState</name>
    <message>
        <source>Registered online</source>
        <translation>Mới đăng ký</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Tiếp nhận</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>Không được tiếp nhận</translation>
    </message>
    <message>
        <source>Transferred to department</source>
        <translation>Đã chuyển cơ quan giải quyết</translation>
    </message>
    <message>
        <source>Processing</source>
        <translation>Đang xử lý</translation>
    </message>
    <message>
        <source>Supplement requested</source>
        <translation>Yêu cầu bổ sung</translation>
    </message>
    <message>
        <source>Supplement received</source>
        <translation>Đã nhận bổ sung</translation>
    </message>
    <message>
        <source>Awaiting fees</source>
        <translation>Chờ thực hiện nghĩa vụ tài chính</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>Rút hồ sơ</translation>
    </message>
    <message>
        <source>Processing stopped</source>
        <translation>Dừng xử lý</translation>
    </message>
    <message>
        <source>Processed, result ready</source>
        <translation>Đã xử lý xong</translation>
    </message>
    <message>
        <source>Result returned</source>
        <translation>Đã trả kết quả</translation>
    </message>
    <message>
        <source>The dossier is closed (%1): no further step is possible.</source>
        <translation>Hồ sơ đã kết thúc (%1): không thể xử lý thêm bước nào.</translation>
    </message>
    <message>
        <source>A dossier that is &quot;%1&quot; cannot become &quot;%2&quot;.</source>
        <translation>Hồ sơ đang ở trạng thái &quot;%1&quot; không thể chuyển sang &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>Only a transfer still waiting to be received can be taken back; this dossier is &quot;%1&quot;.</source>
        <translation>Chỉ thu hồi được lần chuyển đang chờ tiếp nhận; hồ sơ này đang ở trạng thái &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>A new dossier cannot start as &quot;%1&quot;.</source>
        <translation>Hồ sơ mới không thể bắt đầu ở trạng thái &quot;%1&quot;.</translation>
    </message>
</context>
<context>
    <name>motcua::DossierViewDialog</name>
    <message>
        <source>&amp;Details</source>
        <translation>&amp;Chi tiết</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Thời điểm</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Người thực hiện</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Bước</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Từ</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Đến</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Ghi chú</translation>
    </message>
    <message>
        <source>&amp;Timeline</source>
        <translation>&amp;Tiến trình</translation>
    </message>
    <message>
        <source>&amp;Open in viewer</source>
        <translation>&amp;Mở trong trình xem</translation>
    </message>
    <message>
        <source>Printed forms:</source>
        <translation>Biểu mẫu đã in:</translation>
    </message>
    <message>
        <source>Scanned papers:</source>
        <translation>Giấy tờ đã quét:</translation>
    </message>
    <message>
        <source>&amp;Papers and forms</source>
        <translation>&amp;Giấy tờ và biểu mẫu</translation>
    </message>
    <message>
        <source>Print apology letter (04)</source>
        <translation>In phiếu xin lỗi và hẹn lại ngày trả kết quả (04)</translation>
    </message>
    <message>
        <source>Print control slip (05)</source>
        <translation>In phiếu kiểm soát quá trình giải quyết hồ sơ (05)</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Đóng</translation>
    </message>
    <message>
        <source>Dossier %1</source>
        <translation>Hồ sơ %1</translation>
    </message>
    <message>
        <source>clock paused for a supplement</source>
        <translation>tạm dừng tính thời hạn để bổ sung</translation>
    </message>
    <message>
        <source>&lt;b style=&quot;color:#b00020&quot;&gt;overdue by %1 working days&lt;/b&gt;</source>
        <translation>&lt;b style=&quot;color:#b00020&quot;&gt;quá hạn %1 ngày làm việc&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b style=&quot;color:#a05200&quot;&gt;due today&lt;/b&gt;</source>
        <translation>&lt;b style=&quot;color:#a05200&quot;&gt;đến hạn hôm nay&lt;/b&gt;</translation>
    </message>
    <message>
        <source>%1 working days left</source>
        <translation>còn %1 ngày làm việc</translation>
    </message>
    <message>
        <source>at the counter</source>
        <translation>tại Bộ phận Một cửa</translation>
    </message>
    <message>
        <source>on its way to %1</source>
        <translation>đang chuyển đến %1</translation>
    </message>
    <message>
        <source>Applicant:</source>
        <translation>Người nộp:</translation>
    </message>
    <message>
        <source>ID number:</source>
        <translation>Số giấy tờ tùy thân:</translation>
    </message>
    <message>
        <source>Phone:</source>
        <translation>Điện thoại:</translation>
    </message>
    <message>
        <source>Address:</source>
        <translation>Địa chỉ:</translation>
    </message>
    <message>
        <source>Procedure:</source>
        <translation>Thủ tục:</translation>
    </message>
    <message>
        <source>Channel:</source>
        <translation>Hình thức nộp:</translation>
    </message>
    <message>
        <source>Where it is:</source>
        <translation>Đang ở đâu:</translation>
    </message>
    <message>
        <source>Received:</source>
        <translation>Tiếp nhận:</translation>
    </message>
    <message>
        <source>%1 by %2</source>
        <translation>%1 bởi %2</translation>
    </message>
    <message>
        <source>Appointment:</source>
        <translation>Hẹn trả:</translation>
    </message>
    <message>
        <source>Processing ended:</source>
        <translation>Kết thúc xử lý:</translation>
    </message>
    <message>
        <source>Returned:</source>
        <translation>Đã trả:</translation>
    </message>
    <message>
        <source>Sets:</source>
        <translation>Số bộ:</translation>
    </message>
    <message>
        <source>Fees:</source>
        <translation>Phí, lệ phí:</translation>
    </message>
    <message>
        <source>Papers:</source>
        <translation>Thành phần hồ sơ:</translation>
    </message>
    <message>
        <source>Summary:</source>
        <translation>Trích yếu:</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>Form %1 — printed %2 by %3</source>
        <translation>Mẫu %1 — in lúc %2 bởi %3</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>No processing step is open to you for this dossier.</source>
        <translation>Bạn không có bước xử lý nào đang mở cho hồ sơ này.</translation>
    </message>
    <message>
        <source>The result was handed to %1.</source>
        <translation>Kết quả đã được trao cho %1.</translation>
    </message>
    <message numerus="yes">
        <source>%1 — %2 (%n page(s)), added %3 by %4</source>
        <translation>
            <numerusform>%1 — %2 (%n trang), thêm lúc %3 bởi %4</numerusform>
        </translation>
    </message>
    <message>
        <source>This scan is not a readable PDF.</source>
        <translation>Bản quét này không phải tệp PDF đọc được.</translation>
    </message>
    <message>
        <source>Reprint receipt (01)</source>
        <translation>In lại giấy tiếp nhận (01)</translation>
    </message>
    <message>
        <source>Prints the receipt kept with the dossier straight to the default printer (%1)</source>
        <translation>In ngay giấy tiếp nhận đã lưu cùng hồ sơ ra máy in mặc định (%1)</translation>
    </message>
    <message>
        <source>%1 (%2), possible until %3</source>
        <translation>%1 (%2), được thực hiện đến %3</translation>
    </message>
    <message>
        <source>The receipt (form 01) of %1 was sent to the printer.</source>
        <translation>Đã gửi giấy tiếp nhận (mẫu 01) của hồ sơ %1 tới máy in.</translation>
    </message>
    <message>
        <source>%1 (user name: %2)</source>
        <translation>%1 (tên đăng nhập: %2)</translation>
    </message>
    <message>
        <source>Attach &amp;result file…</source>
        <translation>Đính kèm tệp &amp;kết quả…</translation>
    </message>
    <message>
        <source>The result&apos;s scan or file (PDF or image), once processing is complete</source>
        <translation>Bản quét hoặc tệp kết quả (PDF hoặc ảnh), khi hồ sơ đã giải quyết xong</translation>
    </message>
    <message>
        <source>Result file</source>
        <translation>Tệp kết quả</translation>
    </message>
    <message>
        <source>%1 (read from the ID card&apos;s QR)</source>
        <translation>%1 (đọc từ mã QR trên thẻ căn cước)</translation>
    </message>
    <message>
        <source>scanned</source>
        <translation>đã quét</translation>
    </message>
    <message>
        <source>Result file %1 attached.</source>
        <translation>Đã đính kèm tệp kết quả %1.</translation>
    </message>
    <message>
        <source>%1 (%2) — kept at the center, not on this workstation yet</source>
        <translation>%1 (%2) — đang lưu ở trung tâm, máy trạm này chưa có</translation>
    </message>
    <message>
        <source>The file was fetched from the center and is stored on this workstation.</source>
        <translation>Đã tải tệp từ trung tâm và lưu trên máy trạm này.</translation>
    </message>
    <message>
        <source>the counter</source>
        <translation>Bộ phận Một cửa</translation>
    </message>
    <message>
        <source>on its way back to the counter from %1, not yet received there</source>
        <translation>đang chuyển trả về Bộ phận Một cửa từ %1, Bộ phận Một cửa chưa nhận lại</translation>
    </message>
</context>
<context>
    <name>motcua::DossiersPage</name>
    <message>
        <source>Dossiers</source>
        <translation>Hồ sơ</translation>
    </message>
    <message>
        <source>Open (Enter)</source>
        <translation>Mở (Enter)</translation>
    </message>
    <message>
        <source>Refresh (F5)</source>
        <translation>Làm mới (F5)</translation>
    </message>
    <message numerus="yes">
        <source>%n dossier(s) found</source>
        <translation>
            <numerusform>Tìm thấy %n hồ sơ</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 dossiers shown, more as you scroll</source>
        <translation>Đang hiển thị %1 hồ sơ, cuộn xuống để xem thêm</translation>
    </message>
    <message numerus="yes">
        <source>%n dossier(s)</source>
        <translation>
            <numerusform>%n hồ sơ</numerusform>
        </translation>
    </message>
    <message>
        <source>E&amp;xport list…</source>
        <translation>&amp;Xuất danh sách…</translation>
    </message>
</context>
<context>
    <name>motcua::DraftRepository</name>
    <message>
        <source>reading the procedures you use most</source>
        <translation>đọc các thủ tục bạn hay tiếp nhận</translation>
    </message>
    <message>
        <source>saving the unfinished dossier</source>
        <translation>lưu hồ sơ đang nhập dở</translation>
    </message>
    <message>
        <source>reading the unfinished dossier</source>
        <translation>đọc hồ sơ đang nhập dở</translation>
    </message>
    <message>
        <source>discarding the unfinished dossier</source>
        <translation>bỏ hồ sơ đang nhập dở</translation>
    </message>
</context>
<context>
    <name>motcua::ErrorText</name>
    <message>
        <source>the disk is full. Free some space (delete or move old files, empty the trash) or choose another disk, then try again</source>
        <translation>ổ đĩa đã đầy. Hãy giải phóng dung lượng (xóa hoặc chuyển các tệp cũ, dọn thùng rác) hoặc chọn ổ đĩa khác rồi thử lại</translation>
    </message>
    <message>
        <source>this user may not write there. Choose another folder, for example Documents</source>
        <translation>người dùng này không có quyền ghi vào đó. Hãy chọn thư mục khác, ví dụ thư mục Tài liệu (Documents)</translation>
    </message>
    <message>
        <source>the disk or USB drive is read-only. Choose another place or unlock the drive</source>
        <translation>ổ đĩa hoặc USB chỉ cho phép đọc. Hãy chọn nơi khác hoặc mở khóa ghi của ổ</translation>
    </message>
    <message>
        <source>the folder or file does not exist. Choose another place</source>
        <translation>thư mục hoặc tệp không tồn tại. Hãy chọn nơi khác</translation>
    </message>
    <message>
        <source>the disk could not be read or written (input/output error). Check that the disk or USB drive is connected and working</source>
        <translation>không đọc hoặc ghi được ổ đĩa (lỗi vào/ra). Hãy kiểm tra ổ đĩa hoặc USB đã được cắm và hoạt động bình thường</translation>
    </message>
    <message>
        <source>this is a folder, not a file. Give a file name</source>
        <translation>đây là thư mục, không phải tệp. Hãy nhập tên tệp</translation>
    </message>
</context>
<context>
    <name>motcua::FaultInjector</name>
    <message>
        <source>A fault is NAME[:RATE][@SERVICE] with NAME one of none, http500, http503, delay, drop, malformed, exists, expired; RATE a probability such as 0.3 or a count such as 3.</source>
        <translation>Lỗi giả lập có dạng NAME[:RATE][@SERVICE], trong đó NAME là một trong none, http500, http503, delay, drop, malformed, exists, expired; RATE là xác suất như 0.3 hoặc số lần như 3.</translation>
    </message>
</context>
<context>
    <name>motcua::FeedRepository</name>
    <message>
        <source>applying the center&apos;s dossiers</source>
        <translation>cập nhật hồ sơ từ trung tâm</translation>
    </message>
    <message>
        <source>settling a step the center refused</source>
        <translation>xử lý bước xử lý bị trung tâm từ chối</translation>
    </message>
    <message>
        <source>restarting the center feed</source>
        <translation>nhận lại hồ sơ của trung tâm từ đầu</translation>
    </message>
</context>
<context>
    <name>motcua::FeesEditor</name>
    <message>
        <source>No fee in the catalogue for this channel.</source>
        <translation>Danh mục không quy định phí, lệ phí cho hình thức nộp này.</translation>
    </message>
    <message>
        <source>Reason, required when the amount is changed</source>
        <translation>Lý do, bắt buộc khi sửa số tiền</translation>
    </message>
    <message>
        <source>Not an amount in đồng: type a whole number such as 25.000.</source>
        <translation>Không phải số tiền đồng: nhập số nguyên, ví dụ 25.000.</translation>
    </message>
    <message>
        <source>The catalogue says %1: give a reason for changing it.</source>
        <translation>Danh mục quy định %1: ghi lý do khi sửa.</translation>
    </message>
    <message>
        <source>The catalogue states no amount: give a reason for charging one.</source>
        <translation>Danh mục không ghi số tiền: ghi lý do khi thu.</translation>
    </message>
    <message>
        <source>Total: %1</source>
        <translation>Tổng cộng: %1</translation>
    </message>
</context>
<context>
    <name>motcua::FetchParts</name>
    <message>
        <source>Cannot read the part of a file already fetched.</source>
        <translation>Không đọc được phần tệp đã tải về trước đó.</translation>
    </message>
    <message>
        <source>Cannot repair the part of a file already fetched.</source>
        <translation>Không sửa được phần tệp đã tải về trước đó.</translation>
    </message>
    <message>
        <source>Cannot keep the part of the file fetched so far.</source>
        <translation>Không lưu được phần tệp đã tải về đến lúc này.</translation>
    </message>
</context>
<context>
    <name>motcua::FieldReader</name>
    <message>
        <source>Field &quot;%1&quot; must be a string.</source>
        <translation>Trường &quot;%1&quot; phải là chuỗi.</translation>
    </message>
    <message>
        <source>Field &quot;%1&quot; is missing.</source>
        <translation>Trường &quot;%1&quot; bị thiếu.</translation>
    </message>
    <message>
        <source>Field &quot;%1&quot; is not a date in the form yyyyMMddHHmmss.</source>
        <translation>Trường &quot;%1&quot; không phải ngày dạng yyyyMMddHHmmss.</translation>
    </message>
    <message>
        <source>Field &quot;%1&quot; must be a number from %2 to %3.</source>
        <translation>Trường &quot;%1&quot; phải là một số từ %2 đến %3.</translation>
    </message>
    <message>
        <source>Field &quot;%1&quot; must be &quot;True&quot; or &quot;False&quot;.</source>
        <translation>Trường &quot;%1&quot; phải là &quot;True&quot; hoặc &quot;False&quot;.</translation>
    </message>
</context>
<context>
    <name>motcua::FileChooser</name>
    <message>
        <source>Folder</source>
        <translation>Thư mục</translation>
    </message>
    <message>
        <source>MotCua Desk</source>
        <translation>MotCua Desk</translation>
    </message>
    <message>
        <source>This folder holds the app&apos;s own database and cannot be used for other files. Choose another folder, for example Documents.</source>
        <translation>Thư mục này chứa cơ sở dữ liệu riêng của ứng dụng, không dùng cho tệp khác. Hãy chọn thư mục khác, ví dụ thư mục Tài liệu (Documents).</translation>
    </message>
</context>
<context>
    <name>motcua::FileImporter</name>
    <message>
        <source>%1 has more than %2 pages: split it first.</source>
        <translation>%1 có nhiều hơn %2 trang: hãy tách tệp trước.</translation>
    </message>
    <message>
        <source>%1 is protected by a password and cannot be imported.</source>
        <translation>%1 được bảo vệ bằng mật khẩu nên không nhập được.</translation>
    </message>
    <message>
        <source>%1 is not a readable PDF.</source>
        <translation>%1 không phải là tệp PDF đọc được.</translation>
    </message>
    <message>
        <source>Page %1 of %2 could not be read.</source>
        <translation>Không đọc được trang %1 trên %2.</translation>
    </message>
    <message>
        <source>%1 has no pages.</source>
        <translation>%1 không có trang nào.</translation>
    </message>
    <message>
        <source>%1 is not a PDF, JPEG, PNG or TIFF file that can be read.</source>
        <translation>%1 không phải là tệp PDF, JPEG, PNG hoặc TIFF đọc được.</translation>
    </message>
    <message>
        <source>%1 could not be read: %2</source>
        <translation>Không đọc được %1: %2</translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>Không mở được %1: %2</translation>
    </message>
    <message>
        <source>Scanned papers (*.pdf *.jpg *.jpeg *.png *.tif *.tiff)</source>
        <translation>Giấy tờ đã quét (*.pdf *.jpg *.jpeg *.png *.tif *.tiff)</translation>
    </message>
</context>
<context>
    <name>motcua::FirstRunDialog</name>
    <message>
        <source>First start — MotCua Desk</source>
        <translation>Khởi động lần đầu — MotCua Desk</translation>
    </message>
    <message>
        <source>Create the administrator</source>
        <translation>Tạo tài khoản quản trị</translation>
    </message>
    <message>
        <source>This workstation has no accounts yet. Create the administrator account: it manages users, the procedure catalogue and the holiday calendar.</source>
        <translation>Máy trạm này chưa có tài khoản nào. Hãy tạo tài khoản quản trị: tài khoản này quản lý người dùng, danh mục thủ tục và lịch nghỉ lễ.</translation>
    </message>
    <message>
        <source>&amp;Username:</source>
        <translation>Tên đăng &amp;nhập:</translation>
    </message>
    <message>
        <source>&amp;Full name:</source>
        <translation>&amp;Họ và tên:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Mật khẩu:</translation>
    </message>
    <message>
        <source>C&amp;onfirm password:</source>
        <translation>&amp;Nhập lại mật khẩu:</translation>
    </message>
    <message>
        <source>%1–%2 characters</source>
        <translation>%1–%2 ký tự</translation>
    </message>
    <message numerus="yes">
        <source>at least %n characters</source>
        <translation>
            <numerusform>ít nhất %n ký tự</numerusform>
        </translation>
    </message>
    <message>
        <source>Create administrator</source>
        <translation>Tạo tài khoản quản trị</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation>Hai mật khẩu không khớp nhau.</translation>
    </message>
</context>
<context>
    <name>motcua::FormCanvas</name>
    <message>
        <source>Printing forms needs the graphical application object.</source>
        <translation>In biểu mẫu cần có đối tượng ứng dụng đồ họa.</translation>
    </message>
    <message>
        <source>Cannot start a PDF document.</source>
        <translation>Không tạo được tài liệu PDF.</translation>
    </message>
</context>
<context>
    <name>motcua::FormRenderer</name>
    <message>
        <source>A form is printed in one or two copies.</source>
        <translation>Mỗi biểu mẫu được in một hoặc hai bản.</translation>
    </message>
    <message>
        <source>The form has no dossier code.</source>
        <translation>Biểu mẫu không có mã hồ sơ.</translation>
    </message>
</context>
<context>
    <name>motcua::GlobalSearch</name>
    <message>
        <source>Find a dossier from any page</source>
        <translation>Tìm hồ sơ từ mọi trang</translation>
    </message>
    <message>
        <source>Find a dossier (%1)</source>
        <translation>Tìm hồ sơ (%1)</translation>
    </message>
    <message>
        <source>Name without diacritics, ID number, phone, dossier code or its end as on the receipt (&quot;5002&quot;, &quot;261207-5002&quot;). Enter searches.</source>
        <translation>Tên không dấu, số định danh, số điện thoại, mã hồ sơ hoặc phần cuối mã như trên giấy tiếp nhận (&quot;5002&quot;, &quot;261207-5002&quot;). Nhấn Enter để tìm.</translation>
    </message>
    <message>
        <source>No dossier matches &quot;%1&quot;.</source>
        <translation>Không có hồ sơ nào khớp với &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Dossiers matching &quot;%1&quot;</source>
        <translation>Hồ sơ khớp với &quot;%1&quot;</translation>
    </message>
    <message>
        <source>The %1 newest matches. Type more of the code or the name to narrow them.</source>
        <translation>%1 hồ sơ mới nhất khớp. Gõ thêm mã hoặc tên để thu hẹp.</translation>
    </message>
    <message numerus="yes">
        <source>%n dossier(s) match. Enter opens the chosen one.</source>
        <translation>
            <numerusform>%n hồ sơ khớp. Nhấn Enter để mở hồ sơ đã chọn.</numerusform>
        </translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Mã</translation>
    </message>
    <message>
        <source>Applicant</source>
        <translation>Người nộp</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Trạng thái</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Tiếp nhận</translation>
    </message>
    <message>
        <source>Open (Enter)</source>
        <translation>Mở (Enter)</translation>
    </message>
    <message>
        <source>Close (Esc)</source>
        <translation>Đóng (Esc)</translation>
    </message>
</context>
<context>
    <name>motcua::HolidayCalendarWidget</name>
    <message>
        <source>Holiday</source>
        <translation>Ngày lễ, Tết</translation>
    </message>
    <message>
        <source>Day off in lieu</source>
        <translation>Nghỉ bù</translation>
    </message>
    <message>
        <source>Extra working day</source>
        <translation>Làm việc bù</translation>
    </message>
    <message>
        <source>Confirmed</source>
        <translation>Đã xác nhận</translation>
    </message>
    <message>
        <source>Proposed (lunar calendar)</source>
        <translation>Đề xuất (theo âm lịch)</translation>
    </message>
    <message>
        <source>Edited, not confirmed</source>
        <translation>Đã sửa, chưa xác nhận</translation>
    </message>
    <message>
        <source>Row %1 has no name. Name every holiday and day off.</source>
        <translation>Dòng %1 chưa có tên. Hãy đặt tên cho mọi ngày lễ và ngày nghỉ.</translation>
    </message>
    <message numerus="yes">
        <source>The calendar of %1 was confirmed: %n row(s).</source>
        <translation>
            <numerusform>Đã xác nhận lịch năm %1: %n dòng.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Year:</source>
        <translation>&amp;Năm:</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Ngày</translation>
    </message>
    <message>
        <source>Weekday</source>
        <translation>Thứ</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Loại</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Tên</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Trạng thái</translation>
    </message>
    <message>
        <source>Add row</source>
        <translation>Thêm dòng</translation>
    </message>
    <message>
        <source>Remove row</source>
        <translation>Xóa dòng</translation>
    </message>
    <message>
        <source>Discard changes</source>
        <translation>Bỏ thay đổi</translation>
    </message>
    <message>
        <source>Confirm year</source>
        <translation>Xác nhận năm</translation>
    </message>
    <message>
        <source>Changed: press “Confirm year” to store these rows.</source>
        <translation>Đã thay đổi: bấm “Xác nhận năm” để lưu các dòng này.</translation>
    </message>
    <message>
        <source>Confirmed by an administrator.</source>
        <translation>Đã được quản trị viên xác nhận.</translation>
    </message>
    <message>
        <source>Proposed from the lunar calendar: not confirmed yet.</source>
        <translation>Đề xuất theo âm lịch: chưa được xác nhận.</translation>
    </message>
    <message>
        <source>Only an administrator can change the calendar.</source>
        <translation>Chỉ quản trị viên mới được thay đổi lịch.</translation>
    </message>
</context>
<context>
    <name>motcua::HttpsTransport</name>
    <message>
        <source>its server refused the connection (the server is not running, or the address or port is wrong). Work goes on offline and is sent later; if this lasts, call the administrator</source>
        <translation>máy chủ từ chối kết nối (máy chủ chưa chạy, hoặc địa chỉ hay cổng bị sai). Công việc vẫn tiếp tục ở chế độ ngoại tuyến và sẽ được gửi sau; nếu kéo dài, hãy gọi quản trị viên</translation>
    </message>
    <message>
        <source>its address could not be found (check the network cable or Wi-Fi and the portal&apos;s address). Work goes on offline and is sent later</source>
        <translation>không tìm thấy địa chỉ máy chủ (hãy kiểm tra cáp mạng hoặc Wi-Fi và địa chỉ cổng). Công việc vẫn tiếp tục ở chế độ ngoại tuyến và sẽ được gửi sau</translation>
    </message>
    <message>
        <source>its server closed the connection. It is tried again by itself</source>
        <translation>máy chủ đã đóng kết nối. Ứng dụng sẽ tự thử lại</translation>
    </message>
    <message>
        <source>the connection took too long. It is tried again by itself</source>
        <translation>kết nối mất quá nhiều thời gian. Ứng dụng sẽ tự thử lại</translation>
    </message>
    <message>
        <source>the network is not available (check the network cable or Wi-Fi). Work goes on offline and is sent later</source>
        <translation>mạng không khả dụng (hãy kiểm tra cáp mạng hoặc Wi-Fi). Công việc vẫn tiếp tục ở chế độ ngoại tuyến và sẽ được gửi sau</translation>
    </message>
    <message>
        <source>the network&apos;s proxy did not let the connection through; call the administrator</source>
        <translation>máy chủ proxy của mạng không cho kết nối đi qua; hãy gọi quản trị viên</translation>
    </message>
    <message>
        <source>the secure connection could not be set up</source>
        <translation>không thiết lập được kết nối bảo mật</translation>
    </message>
    <message>
        <source>this computer has run out of network resources; restart the app</source>
        <translation>máy tính này đã hết tài nguyên mạng; hãy khởi động lại ứng dụng</translation>
    </message>
    <message>
        <source>the connection failed (code %1). It is tried again by itself</source>
        <translation>kết nối thất bại (mã %1). Ứng dụng sẽ tự thử lại</translation>
    </message>
    <message>
        <source>the certificate has expired</source>
        <translation>chứng thư đã hết hạn</translation>
    </message>
    <message>
        <source>the certificate is not valid yet (check this computer&apos;s date)</source>
        <translation>chứng thư chưa có hiệu lực (hãy kiểm tra ngày giờ của máy tính)</translation>
    </message>
    <message>
        <source>the certificate is for another address</source>
        <translation>chứng thư thuộc về một địa chỉ khác</translation>
    </message>
    <message>
        <source>the certificate is not signed by the configured authority</source>
        <translation>chứng thư không do tổ chức chứng thực đã cấu hình ký</translation>
    </message>
    <message>
        <source>the certificate has been revoked</source>
        <translation>chứng thư đã bị thu hồi</translation>
    </message>
    <message>
        <source>the certificate was refused (code %1)</source>
        <translation>chứng thư bị từ chối (mã %1)</translation>
    </message>
    <message>
        <source>No request was sent to the portal.</source>
        <translation>Chưa có yêu cầu nào được gửi tới cổng dịch vụ công.</translation>
    </message>
    <message>
        <source>The portal presented a certificate whose key is not the pinned one; sync is stopped.</source>
        <translation>Cổng dịch vụ công xuất trình chứng thư có khóa không phải khóa đã ghim; đã dừng đồng bộ.</translation>
    </message>
    <message>
        <source>The portal&apos;s certificate is not trusted (%1); sync is stopped.</source>
        <translation>Chứng thư của cổng dịch vụ công không đáng tin cậy (%1); đã dừng đồng bộ.</translation>
    </message>
    <message>
        <source>The portal did not answer within %1 s.</source>
        <translation>Cổng dịch vụ công không phản hồi trong vòng %1 giây.</translation>
    </message>
    <message>
        <source>The portal&apos;s answer was cut off: %1</source>
        <translation>Phản hồi của cổng dịch vụ công bị cắt ngang: %1</translation>
    </message>
    <message>
        <source>not a valid HTTP answer</source>
        <translation>không phải câu trả lời HTTP hợp lệ</translation>
    </message>
    <message>
        <source>The portal cannot be reached: %1</source>
        <translation>Không kết nối được với cổng dịch vụ công: %1</translation>
    </message>
</context>
<context>
    <name>motcua::InitCommand</name>
    <message>
        <source>Creates or migrates the database; a new database gets the demo center.
With --admin, creates the first administrator (password from MOTCUA_PASSWORD or asked twice).
When an administrator already exists, --admin changes nothing and succeeds.</source>
        <translation>Tạo mới hoặc nâng cấp cơ sở dữ liệu; cơ sở dữ liệu mới được nạp trung tâm mẫu.
Với --admin, tạo quản trị viên đầu tiên (mật khẩu lấy từ MOTCUA_PASSWORD hoặc được hỏi hai lần).
Nếu đã có quản trị viên, --admin không thay đổi gì và vẫn thành công.</translation>
    </message>
    <message>
        <source>Create the first administrator.</source>
        <translation>Tạo quản trị viên đầu tiên.</translation>
    </message>
    <message>
        <source>The administrator&apos;s full name.</source>
        <translation>Họ và tên của quản trị viên.</translation>
    </message>
    <message>
        <source>init takes no arguments.</source>
        <translation>init không nhận tham số.</translation>
    </message>
    <message>
        <source>--name needs --admin.</source>
        <translation>--name cần đi kèm --admin.</translation>
    </message>
    <message>
        <source>Database ready: %1</source>
        <translation>Cơ sở dữ liệu đã sẵn sàng: %1</translation>
    </message>
    <message>
        <source>No administrator yet: run init --admin NAME.</source>
        <translation>Chưa có quản trị viên: hãy chạy init --admin TÊN.</translation>
    </message>
    <message>
        <source>An administrator already exists; nothing to do.</source>
        <translation>Đã có quản trị viên; không cần làm gì.</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>Quản trị viên</translation>
    </message>
    <message>
        <source>Password for the new administrator %1: </source>
        <translation>Mật khẩu cho quản trị viên mới %1: </translation>
    </message>
    <message>
        <source>Administrator %1 created.</source>
        <translation>Đã tạo quản trị viên %1.</translation>
    </message>
</context>
<context>
    <name>motcua::IntakeAssistant</name>
    <message>
        <source>The unfinished dossier could not be read: %1</source>
        <translation>Không đọc được hồ sơ đang nhập dở: %1</translation>
    </message>
    <message>
        <source>The unfinished dossier was saved by another version of the program (format %1).</source>
        <translation>Hồ sơ đang nhập dở được lưu bởi phiên bản khác của chương trình (định dạng %1).</translation>
    </message>
</context>
<context>
    <name>motcua::IntakeDecisionPanel</name>
    <message>
        <source>Cancel (Esc)</source>
        <translation>Hủy (Esc)</translation>
    </message>
    <message>
        <source>Request to supplement the dossier (form 02)</source>
        <translation>Yêu cầu bổ sung, hoàn thiện hồ sơ (mẫu 02)</translation>
    </message>
    <message>
        <source>Say for each paper why it must be added or completed. Papers left without a reason are not listed on the form.</source>
        <translation>Ghi lý do cần bổ sung, hoàn thiện cho từng giấy tờ. Giấy tờ để trống lý do không được ghi vào phiếu.</translation>
    </message>
    <message>
        <source>Record and print form 02</source>
        <translation>Ghi nhận và in mẫu 02</translation>
    </message>
    <message>
        <source>Refuse the dossier (form 03)</source>
        <translation>Từ chối tiếp nhận hồ sơ (mẫu 03)</translation>
    </message>
    <message>
        <source>The reason is printed on the refusal slip handed to the applicant.</source>
        <translation>Lý do được in trên phiếu từ chối giao cho người nộp.</translation>
    </message>
    <message>
        <source>Record and print form 03</source>
        <translation>Ghi nhận và in mẫu 03</translation>
    </message>
    <message>
        <source>Reason for refusing</source>
        <translation>Lý do từ chối</translation>
    </message>
    <message>
        <source>Not provided</source>
        <translation>Chưa nộp</translation>
    </message>
    <message>
        <source>Give a reason for at least one paper.</source>
        <translation>Ghi lý do cho ít nhất một giấy tờ.</translation>
    </message>
    <message>
        <source>The reason for refusing is required: it is printed on form 03.</source>
        <translation>Cần ghi lý do từ chối: lý do được in trên mẫu 03.</translation>
    </message>
</context>
<context>
    <name>motcua::IntakeOutput</name>
    <message>
        <source>The printer %1 did not accept the document: check that it is on and has paper, or print from the preview.</source>
        <translation>Máy in %1 không nhận tài liệu: hãy kiểm tra máy in đã bật và còn giấy, hoặc in từ màn hình xem trước.</translation>
    </message>
    <message>
        <source>No default printer is set up on this computer, so %1 was not printed. Open the preview to choose another printer, or save the PDF and print it elsewhere.</source>
        <translation>Máy tính này chưa có máy in mặc định nên %1 chưa được in. Hãy mở xem trước để chọn máy in khác, hoặc lưu tệp PDF để in ở máy khác.</translation>
    </message>
    <message>
        <source>Preview…</source>
        <translation>Xem trước…</translation>
    </message>
    <message>
        <source>Save PDF…</source>
        <translation>Lưu PDF…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Đóng</translation>
    </message>
    <message>
        <source>Save %1</source>
        <translation>Lưu %1</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Bỏ đi</translation>
    </message>
    <message>
        <source>Keep working</source>
        <translation>Tiếp tục nhập</translation>
    </message>
    <message>
        <source>The printed form could not be read back.</source>
        <translation>Không đọc lại được biểu mẫu đã in.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Không ghi được %1: %2</translation>
    </message>
    <message>
        <source>Form %1 — %2</source>
        <translation>Mẫu %1 — %2</translation>
    </message>
    <message>
        <source>%1 - Form %2.pdf</source>
        <translation>%1 - Mẫu %2.pdf</translation>
    </message>
</context>
<context>
    <name>motcua::IntakePage</name>
    <message>
        <source>Supplement requested</source>
        <translation>Đã yêu cầu bổ sung</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>Đã từ chối</translation>
    </message>
    <message>
        <source>Dossier intake</source>
        <translation>Tiếp nhận hồ sơ</translation>
    </message>
    <message>
        <source>Applicant</source>
        <translation>Chủ hồ sơ</translation>
    </message>
    <message>
        <source>Paste QR text</source>
        <translation>Dán mã QR</translation>
    </message>
    <message>
        <source>Fills the applicant from ID card QR text on the clipboard (Ctrl+Shift+V)</source>
        <translation>Điền chủ hồ sơ từ nội dung mã QR thẻ CCCD trong bộ nhớ tạm (Ctrl+Shift+V)</translation>
    </message>
    <message>
        <source>Decode &amp;QR from image…</source>
        <translation>Đọc &amp;QR từ ảnh…</translation>
    </message>
    <message>
        <source>Procedure</source>
        <translation>Thủ tục hành chính</translation>
    </message>
    <message>
        <source>Pr&amp;ocedure (F3)</source>
        <translation>Tìm thủ tục (F3)</translation>
    </message>
    <message>
        <source>Papers, fees and notes</source>
        <translation>Thành phần hồ sơ, lệ phí và ghi chú</translation>
    </message>
    <message>
        <source>Number of &amp;sets</source>
        <translation>Số &amp;bộ hồ sơ</translation>
    </message>
    <message>
        <source>Channe&amp;l</source>
        <translation>&amp;Kênh nộp</translation>
    </message>
    <message>
        <source>Receipt &amp;copies</source>
        <translation>Số bản in phiế&amp;u</translation>
    </message>
    <message>
        <source>F&amp;ees</source>
        <translation>Lệ phí (&amp;F)</translation>
    </message>
    <message>
        <source>No&amp;tes</source>
        <translation>Ghi chú (&amp;M)</translation>
    </message>
    <message>
        <source>New (Ctrl+N)</source>
        <translation>Hồ sơ mới (Ctrl+N)</translation>
    </message>
    <message>
        <source>Request s&amp;upplement…</source>
        <translation>&amp;Yêu cầu bổ sung…</translation>
    </message>
    <message>
        <source>&amp;Refuse…</source>
        <translation>Từ chối (&amp;R)…</translation>
    </message>
    <message>
        <source>Receive and print (Ctrl+Enter)</source>
        <translation>Tiếp nhận và in phiếu (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>Receive the dossier and print the receipt</source>
        <translation>Tiếp nhận hồ sơ và in giấy tiếp nhận</translation>
    </message>
    <message>
        <source>New dossier (asks before discarding work)</source>
        <translation>Hồ sơ mới (hỏi trước khi bỏ phần đang nhập)</translation>
    </message>
    <message>
        <source>Fill the applicant from QR text on the clipboard</source>
        <translation>Điền chủ hồ sơ từ mã QR trong bộ nhớ tạm</translation>
    </message>
    <message>
        <source>Search procedures (intake page)</source>
        <translation>Tìm thủ tục (trang tiếp nhận)</translation>
    </message>
    <message>
        <source>Decode an ID card QR from an image file</source>
        <translation>Đọc mã QR thẻ CCCD từ tệp ảnh</translation>
    </message>
    <message>
        <source>Appointment: the catalogue gives no processing time for this channel.</source>
        <translation>Ngày hẹn trả: danh mục không quy định thời hạn giải quyết cho kênh này.</translation>
    </message>
    <message>
        <source>Appointment: choose a procedure.</source>
        <translation>Ngày hẹn trả: hãy chọn thủ tục.</translation>
    </message>
    <message>
        <source>Appointment: %1 (%2 %3)</source>
        <translation>Hẹn trả kết quả: %1 (%2 %3)</translation>
    </message>
    <message>
        <source>Choose a procedure first (F3).</source>
        <translation>Hãy chọn thủ tục trước (F3).</translation>
    </message>
    <message numerus="yes">
        <source>Cannot receive: %n required paper(s) missing (%1). Request a supplement or refuse.</source>
        <translation>
            <numerusform>Chưa thể tiếp nhận: thiếu %n giấy tờ bắt buộc (%1). Hãy yêu cầu bổ sung hoặc từ chối.</numerusform>
        </translation>
    </message>
    <message>
        <source>The unfinished dossier could not be saved: %1</source>
        <translation>Không lưu được hồ sơ đang nhập dở: %1</translation>
    </message>
    <message>
        <source>The unfinished dossier saved at %1 was restored. Ctrl+N starts a new one.</source>
        <translation>Đã khôi phục hồ sơ đang nhập dở (lưu lúc %1). Ctrl+N để bắt đầu hồ sơ mới.</translation>
    </message>
    <message>
        <source>an unknown time</source>
        <translation>không rõ thời điểm</translation>
    </message>
    <message>
        <source>New dossier</source>
        <translation>Hồ sơ mới</translation>
    </message>
    <message>
        <source>Discard the unfinished dossier and start a new one?</source>
        <translation>Bỏ hồ sơ đang nhập dở và bắt đầu hồ sơ mới?</translation>
    </message>
    <message>
        <source>That was not a readable ID card QR, so nothing was changed. %1</source>
        <translation>Không đọc được mã QR thẻ CCCD nên không thay đổi gì. %1</translation>
    </message>
    <message>
        <source>Filled from the ID card: %1.</source>
        <translation>Đã điền từ thẻ CCCD: %1.</translation>
    </message>
    <message>
        <source>The scanner sent the text in a wrong code page; it was repaired: check the name against the card.</source>
        <translation>Máy quét gửi chữ sai bảng mã và đã được sửa lại: hãy đối chiếu họ tên với thẻ.</translation>
    </message>
    <message>
        <source>The clipboard holds no text to read as an ID card QR.</source>
        <translation>Bộ nhớ tạm không có nội dung để đọc thành mã QR thẻ CCCD.</translation>
    </message>
    <message>
        <source>Decode an ID card QR</source>
        <translation>Đọc mã QR thẻ CCCD</translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg *.bmp *.tif *.tiff)</source>
        <translation>Ảnh (*.png *.jpg *.jpeg *.bmp *.tif *.tiff)</translation>
    </message>
    <message>
        <source>No ID card QR was read from the image: %1</source>
        <translation>Không đọc được mã QR thẻ CCCD từ ảnh: %1</translation>
    </message>
    <message>
        <source>Choose the procedure: type a few words and press Enter.</source>
        <translation>Hãy chọn thủ tục: gõ vài từ rồi nhấn Enter.</translation>
    </message>
    <message>
        <source>Some fields need attention: see the messages beside them.</source>
        <translation>Một số trường cần sửa: xem thông báo bên cạnh từng trường.</translation>
    </message>
    <message>
        <source>The dossier was not received: %1</source>
        <translation>Chưa tiếp nhận được hồ sơ: %1</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Đã tiếp nhận</translation>
    </message>
    <message>
        <source>%1: %2 — %3, appointment %4</source>
        <translation>%1: %2 — %3, hẹn trả %4</translation>
    </message>
    <message>
        <source>none</source>
        <translation>không có</translation>
    </message>
    <message>
        <source>Dossier %1 is stored, but form %2 could not be made or kept: %3</source>
        <translation>Hồ sơ %1 đã được lưu, nhưng không tạo hoặc lưu được mẫu %2: %3</translation>
    </message>
    <message>
        <source>Form %1 of dossier %2 was not printed: %3</source>
        <translation>Chưa in được mẫu %1 của hồ sơ %2: %3</translation>
    </message>
    <message>
        <source>Scan or import the selected paper (intake page)</source>
        <translation>Quét hoặc nhập tệp cho giấy tờ đang chọn (trang tiếp nhận)</translation>
    </message>
    <message>
        <source>Receive the dossier and print the receipt straight to the default printer</source>
        <translation>Tiếp nhận hồ sơ và in ngay giấy tiếp nhận ra máy in mặc định</translation>
    </message>
    <message>
        <source>Ctrl+Enter shows the print preview; Ctrl+P prints straight to the default printer</source>
        <translation>Ctrl+Enter mở xem trước khi in; Ctrl+P in ngay ra máy in mặc định</translation>
    </message>
    <message>
        <source>P&amp;apers handed in: Space ticks the selected ones (Shift+arrows, Ctrl+A select), a digit sets a count, F2 edits</source>
        <translation>Thành &amp;phần hồ sơ đã nộp: phím cách đánh dấu/bỏ dấu các dòng đang chọn (Shift+mũi tên, Ctrl+A để chọn nhiều), gõ số để sửa số bản, F2 để sửa</translation>
    </message>
    <message>
        <source>Tick required</source>
        <translation>Đánh dấu giấy bắt buộc</translation>
    </message>
    <message>
        <source>Ticks every required paper; the papers of a case are ticked under its heading</source>
        <translation>Đánh dấu mọi giấy tờ bắt buộc; giấy tờ của từng trường hợp được đánh dấu ở dòng tiêu đề của trường hợp đó</translation>
    </message>
    <message>
        <source>Untick all</source>
        <translation>Bỏ đánh dấu tất cả</translation>
    </message>
</context>
<context>
    <name>motcua::IntakeRepository</name>
    <message>
        <source>No form %1 is kept with this dossier.</source>
        <translation>Hồ sơ này không lưu mẫu %1 nào.</translation>
    </message>
    <message>
        <source>saving the papers asked for and the reasons</source>
        <translation>lưu các giấy tờ yêu cầu và lý do</translation>
    </message>
    <message>
        <source>reading the papers asked for and the reasons</source>
        <translation>đọc các giấy tờ yêu cầu và lý do</translation>
    </message>
    <message>
        <source>keeping the form</source>
        <translation>lưu biểu mẫu</translation>
    </message>
    <message>
        <source>reading the kept forms</source>
        <translation>đọc các biểu mẫu đã lưu</translation>
    </message>
</context>
<context>
    <name>motcua::IntakeRules</name>
    <message>
        <source>Field &quot;%1&quot;: %2</source>
        <translation>Trường &quot;%1&quot;: %2</translation>
    </message>
    <message>
        <source>record a time of receipt before today</source>
        <translation>ghi thời điểm tiếp nhận trước ngày hôm nay</translation>
    </message>
    <message>
        <source>a time of receipt before today needs a reason (received_at_reason), kept in the audit trail.</source>
        <translation>thời điểm tiếp nhận trước ngày hôm nay cần có lý do (received_at_reason), được lưu trong nhật ký kiểm tra.</translation>
    </message>
</context>
<context>
    <name>motcua::IntakeScans</name>
    <message>
        <source>New scans are refused: %1</source>
        <translation>Không nhận bản quét mới: %1</translation>
    </message>
    <message>
        <source>Scan papers</source>
        <translation>Quét giấy tờ</translation>
    </message>
    <message>
        <source>The scans of dossier %1 were not all attached (they are kept here): %2</source>
        <translation>Các bản quét của hồ sơ %1 chưa được đính kèm hết (vẫn được giữ tại đây): %2</translation>
    </message>
    <message numerus="yes">
        <source>%1 — %n page(s), %2, waiting for the dossier</source>
        <translation>
            <numerusform>%1 — %n trang, %2, đang chờ hồ sơ</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %2 — %n page(s), %3</source>
        <translation>
            <numerusform>%1: %2 — %n trang, %3</numerusform>
        </translation>
    </message>
    <message>
        <source>Sca&amp;ns</source>
        <translation>Bản q&amp;uét</translation>
    </message>
    <message>
        <source>Sca&amp;ns (%1 waiting)</source>
        <translation>Bản q&amp;uét (%1 đang chờ)</translation>
    </message>
    <message>
        <source>This scan is not a readable PDF.</source>
        <translation>Bản quét này không phải tệp PDF đọc được.</translation>
    </message>
    <message>
        <source>Scan or import… (F6)</source>
        <translation>Quét hoặc nhập tệp… (F6)</translation>
    </message>
    <message>
        <source>Scan the paper selected in the list above, or import its file</source>
        <translation>Quét giấy tờ đang chọn trong danh sách ở trên, hoặc nhập tệp của giấy tờ đó</translation>
    </message>
    <message>
        <source>View</source>
        <translation>Xem</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Gỡ bỏ</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Đóng</translation>
    </message>
    <message>
        <source>This scan waits in memory only, since it could not be kept with the unfinished dossier: %1 Receive the dossier before closing the app.</source>
        <translation>Bản quét này chỉ đang được giữ trong bộ nhớ vì không lưu được cùng hồ sơ đang nhập dở: %1 Hãy tiếp nhận hồ sơ trước khi đóng phần mềm.</translation>
    </message>
    <message>
        <source>A scan kept with the unfinished work could not be read: %1</source>
        <translation>Không đọc được một bản quét đã lưu cùng phần việc đang làm dở: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n scan(s) of dossier %1 are kept but not attached yet.</source>
        <translation>
            <numerusform>%n bản quét của hồ sơ %1 đã được lưu nhưng chưa được đính kèm.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing is lost: the scans are kept encrypted. Press Retry once the cause is fixed.</source>
        <translation>Không mất dữ liệu: các bản quét vẫn được lưu ở dạng mã hóa. Hãy nhấn Thử lại sau khi đã khắc phục nguyên nhân.</translation>
    </message>
    <message>
        <source>The scans of dossier %1 were still not attached: %2</source>
        <translation>Các bản quét của hồ sơ %1 vẫn chưa được đính kèm: %2</translation>
    </message>
    <message>
        <source>The scans of dossier %1 are attached.</source>
        <translation>Đã đính kèm các bản quét của hồ sơ %1.</translation>
    </message>
    <message numerus="yes">
        <source>%1: %2 — %n page(s), %3, not attached yet</source>
        <translation>
            <numerusform>%1: %2 — %n trang, %3, chưa được đính kèm</numerusform>
        </translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Thử lại</translation>
    </message>
    <message>
        <source>Attach the kept scans to their dossier again</source>
        <translation>Đính kèm lại các bản quét đã lưu vào hồ sơ tương ứng</translation>
    </message>
    <message numerus="yes">
        <source>%n scanned page(s) not attached to the last dossier were cleared from the scanner window.</source>
        <translation>
            <numerusform>%n trang đã quét nhưng chưa đính kèm vào hồ sơ trước đã được xóa khỏi cửa sổ quét.</numerusform>
        </translation>
    </message>
    <message>
        <source>Sca&amp;ns of dossier %1 (recorded)</source>
        <translation>Bản q&amp;uét của hồ sơ %1 (đã ghi nhận)</translation>
    </message>
</context>
<context>
    <name>motcua::Journal</name>
    <message>
        <source>The audit row could not be sealed.</source>
        <translation>Không niêm phong được dòng nhật ký kiểm tra.</translation>
    </message>
    <message>
        <source>sealing the audit trail</source>
        <translation>niêm phong nhật ký kiểm tra</translation>
    </message>
    <message>
        <source>The audit trail is sealed once the database is encrypted: it is still plain.</source>
        <translation>Nhật ký kiểm tra chỉ được niêm phong khi cơ sở dữ liệu đã được mã hóa: hiện nó vẫn chưa được mã hóa.</translation>
    </message>
    <message>
        <source>reading the audit trail</source>
        <translation>đọc nhật ký kiểm tra</translation>
    </message>
    <message>
        <source>writing to the audit trail</source>
        <translation>ghi nhật ký kiểm tra</translation>
    </message>
    <message>
        <source>checking the audit trail</source>
        <translation>kiểm tra nhật ký kiểm tra</translation>
    </message>
    <message>
        <source>queueing the change for the portal</source>
        <translation>đưa thay đổi vào hàng đợi gửi lên cổng dịch vụ công</translation>
    </message>
</context>
<context>
    <name>motcua::KeyFile</name>
    <message>
        <source>The key file %1 of the database is damaged: restore it from the backup.</source>
        <translation>Tệp khóa %1 của cơ sở dữ liệu bị hỏng: hãy khôi phục nó từ bản sao lưu.</translation>
    </message>
    <message>
        <source>The database has no key file.</source>
        <translation>Cơ sở dữ liệu không có tệp khóa.</translation>
    </message>
    <message>
        <source>Cannot read the key file %1 of the database.</source>
        <translation>Không đọc được tệp khóa %1 của cơ sở dữ liệu.</translation>
    </message>
    <message>
        <source>Cannot write the key file %1 of the database.</source>
        <translation>Không ghi được tệp khóa %1 của cơ sở dữ liệu.</translation>
    </message>
</context>
<context>
    <name>motcua::KeyRing</name>
    <message>
        <source>Wrong user name or password.</source>
        <translation>Sai tên đăng nhập hoặc mật khẩu.</translation>
    </message>
    <message>
        <source>The stored copy of the data key is damaged.</source>
        <translation>Bản lưu của khóa dữ liệu bị hỏng.</translation>
    </message>
    <message>
        <source>The stored copy of the data key belongs to another database.</source>
        <translation>Bản lưu của khóa dữ liệu thuộc về một cơ sở dữ liệu khác.</translation>
    </message>
    <message>
        <source>This account is disabled. Ask an administrator to enable it.</source>
        <translation>Tài khoản này đã bị khóa. Hãy đề nghị quản trị viên mở khóa.</translation>
    </message>
    <message>
        <source>Attachments are not set up yet: an administrator must log in first.</source>
        <translation>Chưa thiết lập tệp đính kèm: quản trị viên phải đăng nhập trước.</translation>
    </message>
    <message>
        <source>Your account cannot open attachments yet: ask an administrator to set your password again.</source>
        <translation>Tài khoản của bạn chưa mở được tệp đính kèm: hãy đề nghị quản trị viên đặt lại mật khẩu cho bạn.</translation>
    </message>
</context>
<context>
    <name>motcua::KeyWrapRepository</name>
    <message>
        <source>This database already has a data key.</source>
        <translation>Cơ sở dữ liệu này đã có khóa dữ liệu.</translation>
    </message>
    <message>
        <source>This account holds no copy of the data key.</source>
        <translation>Tài khoản này không giữ bản sao nào của khóa dữ liệu.</translation>
    </message>
    <message>
        <source>reading the data key</source>
        <translation>đọc khóa dữ liệu</translation>
    </message>
    <message>
        <source>recording the data key</source>
        <translation>ghi nhận khóa dữ liệu</translation>
    </message>
    <message>
        <source>reading the account&apos;s copy of the data key</source>
        <translation>đọc bản sao khóa dữ liệu của tài khoản</translation>
    </message>
    <message>
        <source>saving the account&apos;s copy of the data key</source>
        <translation>lưu bản sao khóa dữ liệu của tài khoản</translation>
    </message>
    <message>
        <source>removing the account&apos;s copy of the data key</source>
        <translation>xóa bản sao khóa dữ liệu của tài khoản</translation>
    </message>
    <message>
        <source>counting the copies of the data key</source>
        <translation>đếm các bản sao khóa dữ liệu</translation>
    </message>
    <message>
        <source>reading the accounts&apos; keys</source>
        <translation>đọc khóa của các tài khoản</translation>
    </message>
</context>
<context>
    <name>motcua::LedgerCommand</name>
    <message>
        <source>Writes the dossier ledger (form 06) of the dossiers received from --from to --to (Vietnam dates, both included): a PDF, or a CSV file (UTF-8 with BOM) when FILE ends in .csv.</source>
        <translation>Ghi sổ theo dõi hồ sơ (mẫu 06) của các hồ sơ tiếp nhận từ ngày --from đến ngày --to (theo giờ Việt Nam, tính cả hai ngày): tệp PDF, hoặc tệp CSV (UTF-8 có BOM) khi TỆP có đuôi .csv.</translation>
    </message>
    <message>
        <source>First day, YYYY-MM-DD.</source>
        <translation>Ngày đầu, YYYY-MM-DD.</translation>
    </message>
    <message>
        <source>Last day, YYYY-MM-DD.</source>
        <translation>Ngày cuối, YYYY-MM-DD.</translation>
    </message>
    <message>
        <source>The file to write: .pdf or .csv.</source>
        <translation>Tệp cần ghi: .pdf hoặc .csv.</translation>
    </message>
    <message>
        <source>unexpected argument %1.</source>
        <translation>tham số %1 không được mong đợi.</translation>
    </message>
    <message>
        <source>--from and --to are dates: YYYY-MM-DD.</source>
        <translation>--from và --to là ngày: YYYY-MM-DD.</translation>
    </message>
    <message>
        <source>--to is before --from.</source>
        <translation>--to trước --from.</translation>
    </message>
    <message>
        <source>--out FILE.pdf or FILE.csv is required.</source>
        <translation>cần có --out TỆP.pdf hoặc TỆP.csv.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Không ghi được %1: %2</translation>
    </message>
    <message>
        <source>Ledger of %1 dossiers written to %2.</source>
        <translation>Đã ghi sổ theo dõi %1 hồ sơ vào %2.</translation>
    </message>
</context>
<context>
    <name>motcua::LockScreen</name>
    <message>
        <source>The desk is locked</source>
        <translation>Màn hình làm việc đã khóa</translation>
    </message>
    <message>
        <source>%1 (%2) is logged in. Enter the password to continue, or log out so that someone else can log in.</source>
        <translation>%1 (%2) đang đăng nhập. Hãy nhập mật khẩu để tiếp tục, hoặc đăng xuất để người khác đăng nhập.</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Mật khẩu:</translation>
    </message>
    <message>
        <source>&amp;Unlock the desk</source>
        <translation>&amp;Mở khóa màn hình</translation>
    </message>
    <message>
        <source>Log &amp;out</source>
        <translation>Đăng &amp;xuất</translation>
    </message>
    <message>
        <source>Enter your password.</source>
        <translation>Hãy nhập mật khẩu.</translation>
    </message>
</context>
<context>
    <name>motcua::LoginCounterFile</name>
    <message>
        <source>The record of wrong passwords %1 is damaged.</source>
        <translation>Bản ghi các lần nhập sai mật khẩu %1 bị hỏng.</translation>
    </message>
    <message>
        <source>Cannot read the record of wrong passwords %1.</source>
        <translation>Không đọc được bản ghi các lần nhập sai mật khẩu %1.</translation>
    </message>
    <message>
        <source>Cannot write the record of wrong passwords %1.</source>
        <translation>Không ghi được bản ghi các lần nhập sai mật khẩu %1.</translation>
    </message>
</context>
<context>
    <name>motcua::LoginDialog</name>
    <message>
        <source>Log in — MotCua Desk</source>
        <translation>Đăng nhập — MotCua Desk</translation>
    </message>
    <message>
        <source>Log in</source>
        <translation>Đăng nhập</translation>
    </message>
    <message>
        <source>&amp;Username:</source>
        <translation>Tên đăng &amp;nhập:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Mật khẩu:</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <source>Enter your username and password.</source>
        <translation>Hãy nhập tên đăng nhập và mật khẩu.</translation>
    </message>
    <message>
        <source>Choose your password</source>
        <translation>Chọn mật khẩu của bạn</translation>
    </message>
    <message>
        <source>%1, your password was set by an administrator. Choose your own password to continue; nobody else should know it.</source>
        <translation>%1, mật khẩu của bạn do quản trị viên đặt. Hãy chọn mật khẩu riêng để tiếp tục; không ai khác được biết mật khẩu này.</translation>
    </message>
    <message>
        <source>&amp;New password:</source>
        <translation>Mật khẩu &amp;mới:</translation>
    </message>
    <message>
        <source>C&amp;onfirm password:</source>
        <translation>&amp;Nhập lại mật khẩu:</translation>
    </message>
    <message numerus="yes">
        <source>at least %n characters</source>
        <translation>
            <numerusform>ít nhất %n ký tự</numerusform>
        </translation>
    </message>
    <message>
        <source>Save and log in</source>
        <translation>Lưu và đăng nhập</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Quay lại</translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation>Hai mật khẩu không khớp nhau.</translation>
    </message>
</context>
<context>
    <name>motcua::MainWindow</name>
    <message>
        <source>Intake</source>
        <translation>Tiếp nhận</translation>
    </message>
    <message>
        <source>Dossier intake</source>
        <translation>Tiếp nhận hồ sơ</translation>
    </message>
    <message>
        <source>Receive a dossier at the counter: applicant, procedure, papers and fees, then print the receipt with its appointment date.</source>
        <translation>Tiếp nhận hồ sơ tại quầy: người nộp, thủ tục, thành phần hồ sơ và phí, lệ phí, rồi in giấy tiếp nhận có ngày hẹn trả kết quả.</translation>
    </message>
    <message>
        <source>Dossiers</source>
        <translation>Hồ sơ</translation>
    </message>
    <message>
        <source>Find any dossier by code, applicant or procedure and follow its processing history.</source>
        <translation>Tìm hồ sơ theo mã, người nộp hoặc thủ tục và theo dõi quá trình giải quyết.</translation>
    </message>
    <message>
        <source>Returns</source>
        <translation>Trả kết quả</translation>
    </message>
    <message>
        <source>Return results</source>
        <translation>Trả kết quả</translation>
    </message>
    <message>
        <source>Hand results back to applicants and record when, and to whom, each result was returned.</source>
        <translation>Trả kết quả cho người nộp và ghi lại thời điểm, người nhận của từng kết quả.</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>Bảng điều khiển</translation>
    </message>
    <message>
        <source>Daily figures per department: received, due today, overdue, and returned early, on time or late.</source>
        <translation>Số liệu hằng ngày theo cơ quan: đã tiếp nhận, đến hạn hôm nay, quá hạn, trả trước hạn, đúng hạn hoặc trễ hạn.</translation>
    </message>
    <message>
        <source>Sync</source>
        <translation>Đồng bộ</translation>
    </message>
    <message>
        <source>Synchronisation</source>
        <translation>Đồng bộ dữ liệu</translation>
    </message>
    <message>
        <source>The link to the central portal: what is queued, what failed and why, and when this workstation last synchronised.</source>
        <translation>Kết nối với cổng dịch vụ công: dữ liệu đang chờ gửi, dữ liệu gửi lỗi và lý do, thời điểm máy trạm đồng bộ gần nhất.</translation>
    </message>
    <message>
        <source>Catalogue</source>
        <translation>Danh mục thủ tục</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Cài đặt</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Tệp</translation>
    </message>
    <message>
        <source>&amp;Log out</source>
        <translation>Đăng &amp;xuất</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Thoát</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>&amp;Đi tới</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Trợ &amp;giúp</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Phím tắt</translation>
    </message>
    <message>
        <source>&amp;About MotCua Desk</source>
        <translation>&amp;Giới thiệu MotCua Desk</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>Trực tuyến</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>Ngoại tuyến</translation>
    </message>
    <message>
        <source>Queued: %1</source>
        <translation>Chờ gửi: %1</translation>
    </message>
    <message>
        <source>Last sync: %1</source>
        <translation>Đồng bộ lần cuối: %1</translation>
    </message>
    <message>
        <source>never</source>
        <translation>chưa bao giờ</translation>
    </message>
    <message>
        <source>MotCua Desk</source>
        <translation>MotCua Desk</translation>
    </message>
    <message>
        <source>MotCua Desk — %1</source>
        <translation>MotCua Desk — %1</translation>
    </message>
    <message>
        <source>About MotCua Desk</source>
        <translation>Giới thiệu MotCua Desk</translation>
    </message>
    <message>
        <source>&lt;h3&gt;MotCua Desk %1&lt;/h3&gt;&lt;p&gt;Intake desk for Vietnam&apos;s one-stop public administration centers: receive dossiers, track them across departments and return results, online or offline.&lt;/p&gt;&lt;p&gt;Center: %2&lt;/p&gt;&lt;p&gt;Built with Qt %3, running on Qt %4.&lt;/p&gt;&lt;p&gt;Uses the Qt libraries under the GNU LGPL version 3, SQLite (public domain) and OpenSSL (Apache License 2.0).&lt;/p&gt;</source>
        <translation>&lt;h3&gt;MotCua Desk %1&lt;/h3&gt;&lt;p&gt;Phần mềm tiếp nhận hồ sơ cho bộ phận một cửa của Trung tâm Phục vụ hành chính công: tiếp nhận hồ sơ, theo dõi hồ sơ qua các cơ quan và trả kết quả, kể cả khi không có mạng.&lt;/p&gt;&lt;p&gt;Trung tâm: %2&lt;/p&gt;&lt;p&gt;Biên dịch với Qt %3, đang chạy trên Qt %4.&lt;/p&gt;&lt;p&gt;Sử dụng thư viện Qt theo giấy phép GNU LGPL phiên bản 3, SQLite (phạm vi công cộng) và OpenSSL (Giấy phép Apache 2.0).&lt;/p&gt;</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>chưa thiết lập</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Đóng</translation>
    </message>
    <message>
        <source>Sync stopped</source>
        <translation>Đã dừng đồng bộ</translation>
    </message>
    <message>
        <source>Queued: %1 (%2 failed)</source>
        <translation>Chờ gửi: %1 (%2 lỗi)</translation>
    </message>
    <message>
        <source>Loc&amp;k the desk</source>
        <translation>&amp;Khóa màn hình làm việc</translation>
    </message>
    <message>
        <source>Online inbox</source>
        <translation>Hồ sơ trực tuyến</translation>
    </message>
    <message>
        <source>Dossiers submitted online: check the papers and accept, refuse or ask for a supplement.</source>
        <translation>Hồ sơ nộp trực tuyến: kiểm tra giấy tờ rồi tiếp nhận, từ chối hoặc yêu cầu bổ sung.</translation>
    </message>
</context>
<context>
    <name>motcua::Migrations</name>
    <message>
        <source>The database is not open.</source>
        <translation>Cơ sở dữ liệu chưa được mở.</translation>
    </message>
    <message>
        <source>No database schema scripts were found in %1.</source>
        <translation>Không tìm thấy tệp lược đồ cơ sở dữ liệu trong %1.</translation>
    </message>
    <message>
        <source>This database was written by a newer version of MotCua Desk (schema %1; this version knows up to %2). Update the app.</source>
        <translation>Cơ sở dữ liệu này do phiên bản MotCua Desk mới hơn ghi (lược đồ %1; phiên bản này chỉ hỗ trợ đến %2). Hãy cập nhật phần mềm.</translation>
    </message>
    <message>
        <source>Cannot read the schema script %1.</source>
        <translation>Không đọc được tệp lược đồ %1.</translation>
    </message>
    <message>
        <source>Upgrading the database to schema %1 failed: %2</source>
        <translation>Nâng cấp cơ sở dữ liệu lên lược đồ %1 thất bại: %2</translation>
    </message>
    <message>
        <source>reading the schema version</source>
        <translation>đọc phiên bản lược đồ cơ sở dữ liệu</translation>
    </message>
    <message>
        <source>recording the schema version</source>
        <translation>ghi nhận phiên bản lược đồ cơ sở dữ liệu</translation>
    </message>
</context>
<context>
    <name>motcua::NationalShape</name>
    <message>
        <source>a number</source>
        <translation>một số</translation>
    </message>
    <message>
        <source>true or false</source>
        <translation>true hoặc false</translation>
    </message>
    <message>
        <source>null</source>
        <translation>null</translation>
    </message>
    <message>
        <source>a list</source>
        <translation>một danh sách</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>một đối tượng</translation>
    </message>
    <message>
        <source>a string</source>
        <translation>một chuỗi</translation>
    </message>
    <message>
        <source>%1 must be a list, not %2.</source>
        <translation>%1 phải là một danh sách, không phải %2.</translation>
    </message>
    <message>
        <source>%1 must be an object, not %2.</source>
        <translation>%1 phải là một đối tượng, không phải %2.</translation>
    </message>
    <message>
        <source>%1 must be a string, not %2: every value is sent as a string.</source>
        <translation>%1 phải là chuỗi, không phải %2: mọi giá trị đều được gửi dưới dạng chuỗi.</translation>
    </message>
    <message>
        <source>%1 is required and may not be empty.</source>
        <translation>%1 là bắt buộc và không được để trống.</translation>
    </message>
    <message>
        <source>%1 is longer than %2 characters.</source>
        <translation>%1 dài quá %2 ký tự.</translation>
    </message>
    <message>
        <source>%1 must be a date written yyyyMMddHHmmss or empty.</source>
        <translation>%1 phải là ngày viết dạng yyyyMMddHHmmss hoặc để trống.</translation>
    </message>
    <message>
        <source>%1 must be one of %2.</source>
        <translation>%1 phải là một trong các giá trị %2.</translation>
    </message>
    <message>
        <source>%1 must be a whole number written in digits.</source>
        <translation>%1 phải là số nguyên viết bằng chữ số.</translation>
    </message>
    <message>
        <source>%1 is not a field of the national record.</source>
        <translation>%1 không phải là trường của hồ sơ quốc gia.</translation>
    </message>
    <message>
        <source>%1 is required.</source>
        <translation>%1 là bắt buộc.</translation>
    </message>
</context>
<context>
    <name>motcua::OfflineBundle</name>
    <message>
        <source>deriving the bundle keys</source>
        <translation>tạo khóa cho gói dữ liệu</translation>
    </message>
    <message>
        <source>signing the bundle</source>
        <translation>ký gói dữ liệu</translation>
    </message>
    <message>
        <source>This is not a bundle of this center, it was changed, or the bundle secret is wrong.</source>
        <translation>Đây không phải gói dữ liệu của trung tâm này, gói đã bị thay đổi, hoặc khóa bí mật của gói không đúng.</translation>
    </message>
    <message>
        <source>The bundle secret (sync.bundleSecret) needs at least %1 characters.</source>
        <translation>Khóa bí mật của gói dữ liệu (sync.bundleSecret) cần ít nhất %1 ký tự.</translation>
    </message>
    <message>
        <source>making random numbers for the bundle</source>
        <translation>tạo số ngẫu nhiên cho gói dữ liệu</translation>
    </message>
    <message>
        <source>encrypting the bundle</source>
        <translation>mã hóa gói dữ liệu</translation>
    </message>
</context>
<context>
    <name>motcua::OnlineCommands</name>
    <message>
        <source>Usage: motcuactl online SUBCOMMAND --user NAME

Dossiers submitted online, waiting for a clerk&apos;s decision.

  list                      waiting dossiers, late ones first, with their acceptance deadline
  show REF                  one waiting dossier: applicant, declared papers, files
  accept REF [--papers N,...] [--out FILE.pdf]
                            accept it: a code in the center&apos;s numbering and the receipt (form 01);
                            --papers numbers the papers found complete (default: all declared)
  supplement REF --papers N,... --reason TEXT [--out FILE.pdf]
                            ask for these papers (form 02)
  refuse REF --reason TEXT [--out FILE.pdf]
                            refuse it (form 03)
</source>
        <translation>Cách dùng: motcuactl online LỆNH_CON --user TÊN

Hồ sơ nộp trực tuyến đang chờ cán bộ quyết định.

  list                      hồ sơ đang chờ, hồ sơ quá hạn trước, kèm hạn tiếp nhận
  show REF                  một hồ sơ đang chờ: người nộp, giấy tờ khai nộp, tệp
  accept REF [--papers N,...] [--out TỆP.pdf]
                            tiếp nhận: cấp mã theo cách đánh số của trung tâm và giấy tiếp nhận (mẫu 01);
                            --papers là số thứ tự các giấy tờ đầy đủ (mặc định: mọi giấy tờ đã khai)
  supplement REF --papers N,... --reason NỘI_DUNG [--out TỆP.pdf]
                            yêu cầu bổ sung các giấy tờ này (mẫu 02)
  refuse REF --reason NỘI_DUNG [--out TỆP.pdf]
                            từ chối tiếp nhận (mẫu 03)
</translation>
    </message>
    <message>
        <source>give exactly one online dossier reference.</source>
        <translation>hãy nhập đúng một mã hồ sơ trực tuyến.</translation>
    </message>
    <message>
        <source>unexpected argument &apos;%1&apos;.</source>
        <translation>tham số &apos;%1&apos; không được mong đợi.</translation>
    </message>
    <message>
        <source>--papers: &apos;%1&apos; is not a paper number from 1 to %2.</source>
        <translation>--papers: &apos;%1&apos; không phải số thứ tự giấy tờ từ 1 đến %2.</translation>
    </message>
    <message>
        <source>Also write the decision&apos;s form to this PDF file.</source>
        <translation>Ghi thêm phiếu của quyết định ra tệp PDF này.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Không ghi được %1: %2</translation>
    </message>
    <message>
        <source>Online dossier %1: %2, code %3.</source>
        <translation>Hồ sơ trực tuyến %1: %2, mã %3.</translation>
    </message>
    <message>
        <source>Appointment: %1</source>
        <translation>Hẹn trả: %1</translation>
    </message>
    <message>
        <source>Form %1 of %2 written to %3.</source>
        <translation>Đã ghi mẫu %1 của hồ sơ %2 vào %3.</translation>
    </message>
    <message>
        <source>Dossiers submitted online and waiting for a decision, late ones first, with the time each arrived and its acceptance deadline in working hours.</source>
        <translation>Hồ sơ nộp trực tuyến đang chờ quyết định, hồ sơ quá hạn trước, kèm thời điểm nộp và hạn tiếp nhận tính theo giờ làm việc.</translation>
    </message>
    <message>
        <source>No online dossier is waiting.</source>
        <translation>Không có hồ sơ trực tuyến nào đang chờ.</translation>
    </message>
    <message>
        <source>LATE</source>
        <translation>QUÁ HẠN</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Mã trực tuyến</translation>
    </message>
    <message>
        <source>Applicant</source>
        <translation>Người nộp</translation>
    </message>
    <message>
        <source>Procedure</source>
        <translation>Thủ tục</translation>
    </message>
    <message>
        <source>Arrived</source>
        <translation>Thời điểm nộp</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Hạn tiếp nhận</translation>
    </message>
    <message>
        <source>One online dossier waiting for a decision: its applicant, declared papers and deadline.</source>
        <translation>Một hồ sơ trực tuyến đang chờ quyết định: người nộp, giấy tờ khai nộp và hạn tiếp nhận.</translation>
    </message>
    <message>
        <source>The online reference.</source>
        <translation>Mã hồ sơ trực tuyến.</translation>
    </message>
    <message>
        <source>Online dossier %1
Procedure: %2 %3
Applicant: %4 (%5)
Address: %6
Phone: %7  E-mail: %8
Arrived: %9
Deadline: %10
Papers declared:</source>
        <translation>Hồ sơ trực tuyến %1
Thủ tục: %2 %3
Người nộp: %4 (%5)
Địa chỉ: %6
Điện thoại: %7  Thư điện tử: %8
Thời điểm nộp: %9
Hạn tiếp nhận: %10
Giấy tờ khai nộp:</translation>
    </message>
    <message>
        <source>Accepts an online dossier: it gets a code in the center&apos;s numbering, its appointment from now, and the receipt (form 01), kept with it.</source>
        <translation>Tiếp nhận hồ sơ trực tuyến: hồ sơ được cấp mã theo cách đánh số của trung tâm, ngày hẹn trả tính từ bây giờ và giấy tiếp nhận (mẫu 01) được lưu cùng hồ sơ.</translation>
    </message>
    <message>
        <source>Numbers of the papers found complete, e.g. 1,2,4 (default: all).</source>
        <translation>Số thứ tự các giấy tờ đầy đủ, ví dụ 1,2,4 (mặc định: tất cả).</translation>
    </message>
    <message>
        <source>Asks the applicant of an online dossier for papers (form 02, kept with the dossier).</source>
        <translation>Yêu cầu người nộp hồ sơ trực tuyến bổ sung giấy tờ (mẫu 02, lưu cùng hồ sơ).</translation>
    </message>
    <message>
        <source>Numbers of the papers to add or complete, e.g. 2,3 (see online show).</source>
        <translation>Số thứ tự các giấy tờ cần bổ sung, hoàn thiện, ví dụ 2,3 (xem online show).</translation>
    </message>
    <message>
        <source>Why the papers are asked for.</source>
        <translation>Lý do yêu cầu bổ sung.</translation>
    </message>
    <message>
        <source>--papers and --reason are required.</source>
        <translation>cần có --papers và --reason.</translation>
    </message>
    <message>
        <source>--papers names no paper.</source>
        <translation>--papers không nêu giấy tờ nào.</translation>
    </message>
    <message>
        <source>Refuses an online dossier with a reason (form 03, kept with it).</source>
        <translation>Từ chối hồ sơ trực tuyến kèm lý do (mẫu 03, lưu cùng hồ sơ).</translation>
    </message>
    <message>
        <source>Why it is refused (required).</source>
        <translation>Lý do từ chối (bắt buộc).</translation>
    </message>
    <message>
        <source>--reason is required.</source>
        <translation>cần có --reason.</translation>
    </message>
</context>
<context>
    <name>motcua::OnlineInboxPage</name>
    <message>
        <source>Papers to add or complete:</source>
        <translation>Giấy tờ cần bổ sung, hoàn thiện:</translation>
    </message>
    <message>
        <source>Reason for the refusal (printed on form 03):</source>
        <translation>Lý do từ chối (in trên mẫu 03):</translation>
    </message>
    <message>
        <source>Why (printed on form 02):</source>
        <translation>Lý do (in trên mẫu 02):</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Ghi nhận</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <source>Tick at least one paper.</source>
        <translation>Hãy đánh dấu ít nhất một giấy tờ.</translation>
    </message>
    <message>
        <source>The reason is required.</source>
        <translation>Cần nhập lý do.</translation>
    </message>
    <message>
        <source>Online inbox</source>
        <translation>Hồ sơ trực tuyến</translation>
    </message>
    <message numerus="yes">
        <source>Dossiers submitted online wait here until a clerk accepts, refuses or asks for a supplement, within %n working hour(s) of their submission. Late ones come first, in red.</source>
        <translation>
            <numerusform>Hồ sơ nộp trực tuyến chờ tại đây đến khi cán bộ tiếp nhận, từ chối hoặc yêu cầu bổ sung, trong vòng %n giờ làm việc kể từ khi nộp. Hồ sơ quá hạn đứng đầu, tô đỏ.</numerusform>
        </translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Mã trực tuyến</translation>
    </message>
    <message>
        <source>Applicant</source>
        <translation>Người nộp</translation>
    </message>
    <message>
        <source>Procedure</source>
        <translation>Thủ tục</translation>
    </message>
    <message>
        <source>Arrived</source>
        <translation>Thời điểm nộp</translation>
    </message>
    <message>
        <source>Acceptance deadline</source>
        <translation>Hạn tiếp nhận</translation>
    </message>
    <message>
        <source>Declared papers (tick those found complete)</source>
        <translation>Giấy tờ khai nộp (đánh dấu giấy tờ đầy đủ)</translation>
    </message>
    <message>
        <source>Submitted files</source>
        <translation>Tệp đã nộp</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Mở</translation>
    </message>
    <message>
        <source>Download</source>
        <translation>Tải về</translation>
    </message>
    <message>
        <source>Accept (Ctrl+Enter)</source>
        <translation>Tiếp nhận (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>Request supplement (Ctrl+B)</source>
        <translation>Yêu cầu bổ sung (Ctrl+B)</translation>
    </message>
    <message>
        <source>Refuse (Ctrl+T)</source>
        <translation>Từ chối (Ctrl+T)</translation>
    </message>
    <message>
        <source>Print receipt (Ctrl+P)</source>
        <translation>In giấy tiếp nhận (Ctrl+P)</translation>
    </message>
    <message>
        <source>%1 — late</source>
        <translation>%1 — quá hạn</translation>
    </message>
    <message numerus="yes">
        <source>%n dossier(s) waiting</source>
        <translation>
            <numerusform>%n hồ sơ đang chờ</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n late</source>
        <translation>
            <numerusform>, %n hồ sơ quá hạn</numerusform>
        </translation>
    </message>
    <message>
        <source>No dossier selected.</source>
        <translation>Chưa chọn hồ sơ.</translation>
    </message>
    <message>
        <source>ID number: %1</source>
        <translation>Số giấy tờ: %1</translation>
    </message>
    <message>
        <source>Address: %1</source>
        <translation>Địa chỉ: %1</translation>
    </message>
    <message>
        <source>Phone: %1</source>
        <translation>Điện thoại: %1</translation>
    </message>
    <message>
        <source>E-mail: %1</source>
        <translation>Thư điện tử: %1</translation>
    </message>
    <message>
        <source>Procedure: %1</source>
        <translation>Thủ tục: %1</translation>
    </message>
    <message>
        <source>%1 — the file is at the center</source>
        <translation>%1 — tệp đang ở trung tâm</translation>
    </message>
    <message>
        <source>The file is at the center</source>
        <translation>Tệp đang ở trung tâm</translation>
    </message>
    <message>
        <source>The file is at the center: download it first.</source>
        <translation>Tệp đang ở trung tâm: hãy tải về trước.</translation>
    </message>
    <message>
        <source>This scan is not a readable PDF.</source>
        <translation>Bản quét này không phải tệp PDF đọc được.</translation>
    </message>
    <message>
        <source>This workstation cannot download files from the center yet.</source>
        <translation>Máy trạm này chưa tải được tệp từ trung tâm.</translation>
    </message>
    <message>
        <source>Accepted %1 as dossier %2, appointment %3. Print the receipt with Ctrl+P.</source>
        <translation>Đã tiếp nhận %1 thành hồ sơ %2, hẹn trả %3. In giấy tiếp nhận bằng Ctrl+P.</translation>
    </message>
    <message>
        <source>Request a supplement (form 02)</source>
        <translation>Yêu cầu bổ sung hồ sơ (mẫu 02)</translation>
    </message>
    <message>
        <source>A supplement was requested for %1 (form 02).</source>
        <translation>Đã yêu cầu bổ sung hồ sơ %1 (mẫu 02).</translation>
    </message>
    <message>
        <source>Refuse the dossier (form 03)</source>
        <translation>Từ chối tiếp nhận hồ sơ (mẫu 03)</translation>
    </message>
    <message>
        <source>%1 was refused (form 03).</source>
        <translation>Đã từ chối tiếp nhận hồ sơ %1 (mẫu 03).</translation>
    </message>
    <message>
        <source>The file was downloaded from the center and is kept here, encrypted.</source>
        <translation>Đã tải tệp về từ trung tâm và lưu tại máy này (đã mã hóa).</translation>
    </message>
    <message>
        <source>The file could not be downloaded from the center: %1</source>
        <translation>Không tải được tệp từ trung tâm: %1</translation>
    </message>
</context>
<context>
    <name>motcua::OnlineInboxRepository</name>
    <message>
        <source>The dossier declares %1 papers, but %2 were ticked or left.</source>
        <translation>Hồ sơ khai %1 giấy tờ, nhưng có %2 giấy tờ được đánh dấu hoặc để trống.</translation>
    </message>
    <message>
        <source>A dossier with code %1 already exists.</source>
        <translation>Đã có hồ sơ mã %1.</translation>
    </message>
    <message>
        <source>The online dossier %1 is no longer waiting: it was decided already.</source>
        <translation>Hồ sơ trực tuyến %1 không còn chờ tiếp nhận: đã có quyết định trước đó.</translation>
    </message>
    <message>
        <source>reading the dossiers submitted online</source>
        <translation>đọc các hồ sơ nộp trực tuyến</translation>
    </message>
    <message>
        <source>reading the dossier&apos;s papers</source>
        <translation>đọc các giấy tờ của hồ sơ</translation>
    </message>
    <message>
        <source>saving the papers provided</source>
        <translation>lưu các giấy tờ đã nộp</translation>
    </message>
    <message>
        <source>saving the decision on the online dossier</source>
        <translation>lưu quyết định về hồ sơ nộp trực tuyến</translation>
    </message>
</context>
<context>
    <name>motcua::OnlineInboxService</name>
    <message>
        <source>Give the online dossier&apos;s reference.</source>
        <translation>Hãy nhập mã hồ sơ trực tuyến.</translation>
    </message>
    <message>
        <source>The dossier %1 was not submitted online.</source>
        <translation>Hồ sơ %1 không phải hồ sơ nộp trực tuyến.</translation>
    </message>
    <message>
        <source>The online dossier %1 is no longer waiting: it is %2.</source>
        <translation>Hồ sơ trực tuyến %1 không còn chờ tiếp nhận: trạng thái hiện tại là %2.</translation>
    </message>
    <message>
        <source>receive dossiers</source>
        <translation>tiếp nhận hồ sơ</translation>
    </message>
    <message>
        <source>The dossier declares %1 papers, but %2 were ticked or left.</source>
        <translation>Hồ sơ khai %1 giấy tờ, nhưng có %2 giấy tờ được đánh dấu hoặc để trống.</translation>
    </message>
    <message>
        <source>Required papers are missing: %1. Request a supplement or refuse the dossier instead of receiving it.</source>
        <translation>Còn thiếu giấy tờ bắt buộc: %1. Hãy yêu cầu bổ sung hoặc từ chối hồ sơ thay vì tiếp nhận.</translation>
    </message>
    <message>
        <source>The procedure %1 has no processing time for this channel in the catalogue.</source>
        <translation>Thủ tục %1 không có thời hạn giải quyết cho hình thức nộp này trong danh mục.</translation>
    </message>
    <message>
        <source>Accepted from the online inbox</source>
        <translation>Tiếp nhận từ hồ sơ trực tuyến</translation>
    </message>
    <message>
        <source>request supplements at intake</source>
        <translation>yêu cầu bổ sung hồ sơ khi tiếp nhận</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a paper of this dossier.</source>
        <translation>&quot;%1&quot; không phải là giấy tờ của hồ sơ này.</translation>
    </message>
    <message>
        <source>Supplement requested from the online inbox: %1</source>
        <translation>Yêu cầu bổ sung hồ sơ trực tuyến: %1</translation>
    </message>
    <message>
        <source>refuse dossiers</source>
        <translation>từ chối tiếp nhận hồ sơ</translation>
    </message>
    <message>
        <source>a refusal needs its reason (form 03).</source>
        <translation>từ chối cần có lý do (mẫu 03).</translation>
    </message>
    <message>
        <source>Refused from the online inbox: %1</source>
        <translation>Từ chối hồ sơ trực tuyến: %1</translation>
    </message>
</context>
<context>
    <name>motcua::OpenSslError</name>
    <message>
        <source>Cryptography failed while %1.</source>
        <translation>Lỗi mật mã khi %1.</translation>
    </message>
    <message>
        <source>Cryptography failed while %1: %2</source>
        <translation>Lỗi mật mã khi %1: %2</translation>
    </message>
</context>
<context>
    <name>motcua::OutboxModel</name>
    <message>
        <source>Dossier</source>
        <translation>Hồ sơ</translation>
    </message>
    <message>
        <source>History row</source>
        <translation>Dòng lịch sử</translation>
    </message>
    <message>
        <source>Attachment</source>
        <translation>Tệp đính kèm</translation>
    </message>
    <message>
        <source>Queued</source>
        <translation>Chờ gửi</translation>
    </message>
    <message>
        <source>Sending</source>
        <translation>Đang gửi</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Đã gửi</translation>
    </message>
    <message>
        <source>Failed, will retry</source>
        <translation>Lỗi, sẽ thử lại</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Loại</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Trạng thái</translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation>Số lần thử</translation>
    </message>
    <message>
        <source>Last error</source>
        <translation>Lỗi gần nhất</translation>
    </message>
    <message>
        <source>Next retry</source>
        <translation>Lần thử lại tiếp theo</translation>
    </message>
    <message>
        <source>Queued at</source>
        <translation>Vào hàng chờ lúc</translation>
    </message>
    <message>
        <source>Procedure catalogue</source>
        <translation>Danh mục thủ tục hành chính</translation>
    </message>
    <message>
        <source>Status decided centrally</source>
        <translation>Trạng thái do cổng dịch vụ công quyết định</translation>
    </message>
    <message>
        <source>Dossier number block</source>
        <translation>Khối số hồ sơ</translation>
    </message>
    <message>
        <source>Waiting for the connection</source>
        <translation>Chờ kết nối</translation>
    </message>
    <message>
        <source>Waiting to be sent again</source>
        <translation>Chờ gửi lại</translation>
    </message>
    <message>
        <source>Kept here, safe, and sent by itself at the next try (%1).</source>
        <translation>Được giữ an toàn tại máy này và tự gửi ở lần thử tiếp theo (%1).</translation>
    </message>
</context>
<context>
    <name>motcua::OutboxSender</name>
    <message>
        <source>The portal refused it (code %1): %2</source>
        <translation>Cổng dịch vụ công đã từ chối (mã %1): %2</translation>
    </message>
    <message>
        <source>The attachment store is not available to sync.</source>
        <translation>Kho tệp đính kèm không sẵn sàng để đồng bộ.</translation>
    </message>
    <message>
        <source>The stored attachment does not match its SHA-256.</source>
        <translation>Tệp đính kèm đã lưu không khớp với mã SHA-256.</translation>
    </message>
</context>
<context>
    <name>motcua::OutboxStore</name>
    <message>
        <source>reading the synchronisation queue</source>
        <translation>đọc hàng đợi đồng bộ</translation>
    </message>
    <message>
        <source>updating the synchronisation queue</source>
        <translation>cập nhật hàng đợi đồng bộ</translation>
    </message>
    <message>
        <source>reading the synchronisation state</source>
        <translation>đọc trạng thái đồng bộ</translation>
    </message>
    <message>
        <source>saving the synchronisation state</source>
        <translation>lưu trạng thái đồng bộ</translation>
    </message>
    <message>
        <source>The synchronisation queue holds item %1 of an unknown kind or state (%2, %3).</source>
        <translation>Hàng đợi đồng bộ có mục %1 thuộc loại hoặc trạng thái không xác định (%2, %3).</translation>
    </message>
</context>
<context>
    <name>motcua::PageStripModel</name>
    <message>
        <source>%1 (blank)</source>
        <translation>%1 (trang trắng)</translation>
    </message>
    <message>
        <source>Page %1: %2 × %3 px at %4 dpi, from %5</source>
        <translation>Trang %1: %2 × %3 px, %4 dpi, từ %5</translation>
    </message>
    <message>
        <source>Page %1, blank</source>
        <translation>Trang %1, trang trắng</translation>
    </message>
    <message>
        <source>Page %1</source>
        <translation>Trang %1</translation>
    </message>
    <message>
        <source>Move page %1</source>
        <translation>Di chuyển trang %1</translation>
    </message>
    <message>
        <source>Turn page %1</source>
        <translation>Xoay trang %1</translation>
    </message>
    <message>
        <source>Crop page %1</source>
        <translation>Cắt lề trang %1</translation>
    </message>
    <message>
        <source>Delete page %1</source>
        <translation>Xóa trang %1</translation>
    </message>
    <message numerus="yes">
        <source>Remove %n page(s)</source>
        <translation>
            <numerusform>Bỏ %n trang</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Drop %n blank page(s)</source>
        <translation>
            <numerusform>Bỏ %n trang trắng</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (dark)</source>
        <translation>%1 (trang tối)</translation>
    </message>
    <message>
        <source>Almost all of this page is dark: check that the scanner&apos;s lid was closed and the paper lay the right way. It is not dropped as blank.</source>
        <translation>Gần như cả trang này tối màu: hãy kiểm tra nắp máy quét đã đóng và giấy đặt đúng mặt. Trang này không bị bỏ như trang trắng.</translation>
    </message>
    <message>
        <source>Page %1, dark</source>
        <translation>Trang %1, tối màu</translation>
    </message>
</context>
<context>
    <name>motcua::PasswordHasher</name>
    <message>
        <source>hashing a password</source>
        <translation>băm mật khẩu</translation>
    </message>
    <message>
        <source>The stored password hash is invalid.</source>
        <translation>Mã băm mật khẩu đã lưu không hợp lệ.</translation>
    </message>
    <message>
        <source>generating a random salt</source>
        <translation>tạo chuỗi muối ngẫu nhiên</translation>
    </message>
</context>
<context>
    <name>motcua::PasswordPolicy</name>
    <message numerus="yes">
        <source>An administrator&apos;s password must be at least %n characters long.</source>
        <translation>
            <numerusform>Mật khẩu của quản trị viên phải dài ít nhất %n ký tự.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The password must be at least %n characters long.</source>
        <translation>
            <numerusform>Mật khẩu phải có ít nhất %n ký tự.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The password must be at most %n characters long.</source>
        <translation>
            <numerusform>Mật khẩu chỉ được có tối đa %n ký tự.</numerusform>
        </translation>
    </message>
    <message>
        <source>This password is one of the most common ones and is tried first by attackers. Choose another.</source>
        <translation>Mật khẩu này thuộc loại phổ biến nhất, kẻ tấn công thường thử trước tiên. Hãy chọn mật khẩu khác.</translation>
    </message>
</context>
<context>
    <name>motcua::PdfAssembler</name>
    <message>
        <source>A page has no image.</source>
        <translation>Một trang không có hình ảnh.</translation>
    </message>
    <message>
        <source>There are no pages to put in the PDF.</source>
        <translation>Không có trang nào để đưa vào tệp PDF.</translation>
    </message>
    <message>
        <source>A page could not be encoded.</source>
        <translation>Không mã hóa được một trang.</translation>
    </message>
</context>
<context>
    <name>motcua::PortalBackend</name>
    <message>
        <source>The file&apos;s total size differs from the size given before.</source>
        <translation>Tổng dung lượng của tệp khác với dung lượng đã khai báo trước đó.</translation>
    </message>
    <message>
        <source>A chunk may hold at most 4 MiB.</source>
        <translation>Mỗi phần dữ liệu chứa tối đa 4 MiB.</translation>
    </message>
    <message>
        <source>The chunk does not start at the acknowledged offset.</source>
        <translation>Phần dữ liệu không bắt đầu tại vị trí đã được xác nhận.</translation>
    </message>
    <message>
        <source>The chunk runs past the file&apos;s total size.</source>
        <translation>Phần dữ liệu vượt quá tổng dung lượng của tệp.</translation>
    </message>
    <message>
        <source>The chunk holds no data.</source>
        <translation>Phần dữ liệu không chứa dữ liệu nào.</translation>
    </message>
</context>
<context>
    <name>motcua::PortalCatalogue</name>
    <message>
        <source>The demo catalogue is missing from the build.</source>
        <translation>Bản dựng này thiếu danh mục mẫu.</translation>
    </message>
</context>
<context>
    <name>motcua::PortalCenterCounts</name>
    <message>
        <source>The portal&apos;s answer holds no figures for that day.</source>
        <translation>Phản hồi của cổng dịch vụ công không có số liệu của ngày đó.</translation>
    </message>
</context>
<context>
    <name>motcua::PortalClient</name>
    <message>
        <source>The portal answered HTTP %1.</source>
        <translation>Cổng dịch vụ công trả về HTTP %1.</translation>
    </message>
    <message>
        <source>The portal&apos;s answer is not valid JSON.</source>
        <translation>Phản hồi của cổng dịch vụ công không phải JSON hợp lệ.</translation>
    </message>
    <message>
        <source>The portal refused the user name or password of this center (%1); check the portal settings.</source>
        <translation>Cổng dịch vụ công từ chối tên đăng nhập hoặc mật khẩu của trung tâm này (%1); hãy kiểm tra thiết lập cổng dịch vụ công.</translation>
    </message>
    <message>
        <source>The portal&apos;s login answer has no session.</source>
        <translation>Phản hồi đăng nhập của cổng dịch vụ công không có phiên làm việc.</translation>
    </message>
    <message>
        <source>No request was sent to the portal.</source>
        <translation>Chưa có yêu cầu nào được gửi tới cổng dịch vụ công.</translation>
    </message>
    <message>
        <source>The portal ended the session twice in a row.</source>
        <translation>Cổng dịch vụ công đã kết thúc phiên làm việc hai lần liên tiếp.</translation>
    </message>
</context>
<context>
    <name>motcua::PortalConfig</name>
    <message>
        <source>%1 must be an https:// address, not &quot;%2&quot;.</source>
        <translation>%1 phải là địa chỉ https://, không phải &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>Cannot read the portal&apos;s CA file %1.</source>
        <translation>Không đọc được tệp CA của cổng dịch vụ công %1.</translation>
    </message>
    <message>
        <source>The file %1 holds no PEM certificate.</source>
        <translation>Tệp %1 không chứa chứng thư PEM nào.</translation>
    </message>
    <message>
        <source>portal.pinSha256 must be the base64 SHA-256 of the portal&apos;s public key.</source>
        <translation>portal.pinSha256 phải là mã SHA-256 dạng base64 của khóa công khai của cổng dịch vụ công.</translation>
    </message>
    <message>
        <source>The center&apos;s server is set but its CA is not: set center.caFile, or join the center again.</source>
        <translation>Đã thiết lập máy chủ của trung tâm nhưng chưa có chứng thư của tổ chức chứng thực: hãy đặt center.caFile, hoặc tham gia trung tâm lại.</translation>
    </message>
    <message>
        <source>The portal is set but not pinned: set portal.caFile (its CA) or portal.pinSha256 (its key).</source>
        <translation>Đã thiết lập cổng dịch vụ công nhưng chưa ghim chứng thư: hãy đặt portal.caFile (tổ chức chứng thực của cổng) hoặc portal.pinSha256 (khóa của cổng).</translation>
    </message>
</context>
<context>
    <name>motcua::PortalFiles</name>
    <message>
        <source>The portal could not store the file.</source>
        <translation>Cổng dịch vụ công không lưu được tệp.</translation>
    </message>
    <message>
        <source>Cannot create the folder for attachments.</source>
        <translation>Không tạo được thư mục chứa tệp đính kèm.</translation>
    </message>
    <message>
        <source>The file&apos;s SHA-256 does not match; upload it again from the start.</source>
        <translation>SHA-256 của tệp không khớp; hãy tải tệp lên lại từ đầu.</translation>
    </message>
    <message>
        <source>reading the file&apos;s upload</source>
        <translation>đọc tình trạng tải lên của tệp</translation>
    </message>
    <message>
        <source>linking the file to the dossier</source>
        <translation>gắn tệp vào hồ sơ</translation>
    </message>
    <message>
        <source>recording the file&apos;s upload</source>
        <translation>ghi nhận việc tải lên tệp</translation>
    </message>
    <message>
        <source>discarding the file&apos;s upload</source>
        <translation>hủy việc tải lên tệp</translation>
    </message>
    <message>
        <source>reading the file</source>
        <translation>đọc tệp</translation>
    </message>
</context>
<context>
    <name>motcua::PortalListener</name>
    <message>
        <source>Cannot listen on %1:%2 (%3).</source>
        <translation>Không thể lắng nghe trên %1:%2 (%3).</translation>
    </message>
</context>
<context>
    <name>motcua::PortalMain</name>
    <message>
        <source>Reference portal server for MotCua Desk: the national one-stop portal&apos;s service shape over HTTPS, for tests and demos.</source>
        <translation>Máy chủ cổng dịch vụ công tham chiếu cho MotCua Desk: mô phỏng dịch vụ của Cổng dịch vụ công quốc gia qua HTTPS, dùng để kiểm thử và trình diễn.</translation>
    </message>
    <message>
        <source>Address and port (port 0: any free port).</source>
        <translation>Địa chỉ và cổng (cổng 0: một cổng trống bất kỳ).</translation>
    </message>
    <message>
        <source>Server certificate (PEM).</source>
        <translation>Chứng chỉ máy chủ (PEM).</translation>
    </message>
    <message>
        <source>Private key (PEM).</source>
        <translation>Khóa riêng (PEM).</translation>
    </message>
    <message>
        <source>Portal database file.</source>
        <translation>Tệp cơ sở dữ liệu của cổng dịch vụ công.</translation>
    </message>
    <message>
        <source>Inject a fault: NAME[:RATE][@SERVICE].</source>
        <translation>Tạo lỗi giả lập: NAME[:RATE][@SERVICE].</translation>
    </message>
    <message>
        <source>Milliseconds of the delay fault.</source>
        <translation>Số mili giây của lỗi giả lập độ trễ.</translation>
    </message>
    <message>
        <source>Login user name.</source>
        <translation>Tên đăng nhập.</translation>
    </message>
    <message>
        <source>Login password (default: $MOTCUA_PORTAL_PASSWORD, else demo).</source>
        <translation>Mật khẩu đăng nhập (mặc định: $MOTCUA_PORTAL_PASSWORD, nếu không có thì là demo).</translation>
    </message>
    <message>
        <source>Enables the admin endpoints (default: $MOTCUA_PORTAL_ADMIN_SECRET).</source>
        <translation>Bật các điểm cuối quản trị (mặc định: $MOTCUA_PORTAL_ADMIN_SECRET).</translation>
    </message>
    <message>
        <source>Session lifetime in seconds.</source>
        <translation>Thời gian hiệu lực của phiên, tính bằng giây.</translation>
    </message>
    <message>
        <source>Seed of probabilistic faults.</source>
        <translation>Seed của các lỗi giả lập ngẫu nhiên.</translation>
    </message>
    <message>
        <source>Catalogue file to serve (default: the demo center&apos;s).</source>
        <translation>Tệp danh mục để cung cấp (mặc định: danh mục của trung tâm mẫu).</translation>
    </message>
    <message>
        <source>First dossier number of the stations&apos; offline ranges.</source>
        <translation>Số hồ sơ đầu tiên trong các dải số ngoại tuyến của máy trạm.</translation>
    </message>
    <message>
        <source>Stations sharing the offline ranges.</source>
        <translation>Số máy trạm dùng chung các dải số ngoại tuyến.</translation>
    </message>
    <message>
        <source>Import an offline bundle and exit.</source>
        <translation>Nhập một gói dữ liệu ngoại tuyến rồi thoát.</translation>
    </message>
    <message>
        <source>Secret that opens the centers&apos; offline bundles (default: $MOTCUA_BUNDLE_SECRET; none: only unprotected test bundles).</source>
        <translation>Khóa bí mật để mở các gói dữ liệu ngoại tuyến của trung tâm (mặc định: $MOTCUA_BUNDLE_SECRET; nếu không có: chỉ các gói kiểm thử không được bảo vệ).</translation>
    </message>
    <message>
        <source>Language of the answers&apos; messages and of the page: vi (default, as the national portal) or en.</source>
        <translation>Ngôn ngữ của thông báo trong câu trả lời và của trang: vi (mặc định, như cổng quốc gia) hoặc en.</translation>
    </message>
    <message>
        <source>Acknowledge received bytes late, as a stock TCP stack does, instead of at once (to measure how a client copes with such a server).</source>
        <translation>Xác nhận (ACK) dữ liệu nhận được muộn như một ngăn xếp TCP thông thường, thay vì ngay lập tức (để đo cách một máy khách ứng xử với máy chủ như vậy).</translation>
    </message>
    <message>
        <source>submit-online: the procedure (default: the catalogue&apos;s first).</source>
        <translation>submit-online: thủ tục (mặc định: thủ tục đầu tiên của danh mục).</translation>
    </message>
    <message>
        <source>submit-online: how many files to attach.</source>
        <translation>submit-online: số tệp đính kèm.</translation>
    </message>
    <message>
        <source>submit-online: file a demo online submission, print its reference and exit (otherwise: serve).</source>
        <translation>submit-online: nộp một hồ sơ trực tuyến mẫu, in mã hồ sơ trực tuyến rồi thoát (nếu không: chạy máy chủ).</translation>
    </message>
    <message>
        <source>National endpoint: wrap every reply as {&quot;message&quot;: &quot;&lt;JSON&gt;&quot;}.</source>
        <translation>Cổng dạng quốc gia: bọc mọi phản hồi dạng {&quot;message&quot;: &quot;&lt;JSON&gt;&quot;}.</translation>
    </message>
    <message>
        <source>National endpoint: send error_code as a number, not a string.</source>
        <translation>Cổng dạng quốc gia: gửi error_code dưới dạng số, không phải chuỗi.</translation>
    </message>
    <message>
        <source>National endpoint: require this OAuth2 bearer token on every call.</source>
        <translation>Cổng dạng quốc gia: yêu cầu bearer token OAuth2 này ở mọi lời gọi.</translation>
    </message>
    <message>
        <source>--lang takes vi or en.</source>
        <translation>--lang nhận vi hoặc en.</translation>
    </message>
    <message>
        <source>--db FILE is required.</source>
        <translation>Cần có --db FILE.</translation>
    </message>
    <message>
        <source>A numeric option is not a valid number.</source>
        <translation>Một tùy chọn dạng số không phải là số hợp lệ.</translation>
    </message>
    <message>
        <source>Unknown command; the only one is submit-online.</source>
        <translation>Lệnh không hợp lệ; chỉ có lệnh submit-online.</translation>
    </message>
    <message>
        <source>Cannot read the catalogue file.</source>
        <translation>Không đọc được tệp danh mục.</translation>
    </message>
    <message>
        <source>--files takes a number from 0 to 20.</source>
        <translation>--files nhận một số từ 0 đến 20.</translation>
    </message>
    <message>
        <source>Cannot read the bundle file.</source>
        <translation>Không đọc được tệp gói dữ liệu.</translation>
    </message>
    <message>
        <source>--cert FILE and --key FILE are required (HTTPS only).</source>
        <translation>Cần có --cert FILE và --key FILE (chỉ hỗ trợ HTTPS).</translation>
    </message>
    <message>
        <source>--listen must be ADDR:PORT, for example 127.0.0.1:8443.</source>
        <translation>--listen phải có dạng ADDR:PORT, ví dụ 127.0.0.1:8443.</translation>
    </message>
</context>
<context>
    <name>motcua::PortalNational</name>
    <message>
        <source>The gateway&apos;s bearer token is missing or wrong.</source>
        <translation>Thiếu hoặc sai bearer token của cổng kết nối.</translation>
    </message>
    <message>
        <source>&quot;username&quot; and &quot;password&quot; must be strings.</source>
        <translation>&quot;username&quot; và &quot;password&quot; phải là chuỗi.</translation>
    </message>
    <message>
        <source>Wrong user name or password.</source>
        <translation>Sai tên đăng nhập hoặc mật khẩu.</translation>
    </message>
    <message>
        <source>The request is not a JSON object.</source>
        <translation>Yêu cầu không phải là một đối tượng JSON.</translation>
    </message>
    <message>
        <source>The session is unknown or expired; log in again.</source>
        <translation>Phiên không xác định hoặc đã hết hạn; hãy đăng nhập lại.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a non-empty string in the body.</source>
        <translation>&quot;%1&quot; phải là một chuỗi không rỗng trong thân yêu cầu.</translation>
    </message>
    <message>
        <source>Unknown service &quot;%1&quot;.</source>
        <translation>Dịch vụ &quot;%1&quot; không xác định.</translation>
    </message>
    <message>
        <source>&quot;isUpdating&quot; must be the string &quot;True&quot; or &quot;False&quot;.</source>
        <translation>&quot;isUpdating&quot; phải là chuỗi &quot;True&quot; hoặc &quot;False&quot;.</translation>
    </message>
    <message>
        <source>&quot;data&quot; must be a non-empty list of records.</source>
        <translation>&quot;data&quot; phải là một danh sách hồ sơ không rỗng.</translation>
    </message>
    <message>
        <source>%1 must be an object.</source>
        <translation>%1 phải là một đối tượng.</translation>
    </message>
    <message>
        <source>Dossier %1 is not stored; add it first.</source>
        <translation>Hồ sơ %1 chưa được lưu; hãy thêm trước.</translation>
    </message>
    <message>
        <source>&quot;data&quot; must be a non-empty list of rows.</source>
        <translation>&quot;data&quot; phải là một danh sách dòng không rỗng.</translation>
    </message>
    <message>
        <source>&quot;mahoso&quot; is required.</source>
        <translation>Cần có &quot;mahoso&quot;.</translation>
    </message>
    <message>
        <source>reading the dossier</source>
        <translation>đọc hồ sơ</translation>
    </message>
    <message>
        <source>saving the dossier</source>
        <translation>lưu hồ sơ</translation>
    </message>
    <message>
        <source>saving the dossier&apos;s progress</source>
        <translation>lưu tiến độ xử lý hồ sơ</translation>
    </message>
    <message>
        <source>reading the dossier&apos;s progress</source>
        <translation>đọc tiến độ xử lý hồ sơ</translation>
    </message>
    <message>
        <source>counting the dossiers</source>
        <translation>đếm hồ sơ</translation>
    </message>
    <message>
        <source>reading the newest dossiers</source>
        <translation>đọc các hồ sơ mới nhất</translation>
    </message>
</context>
<context>
    <name>motcua::PortalOnline</name>
    <message>
        <source>The procedure &quot;%1&quot; is not in the portal&apos;s catalogue.</source>
        <translation>Thủ tục &quot;%1&quot; không có trong danh mục của cổng.</translation>
    </message>
    <message>
        <source>numbering the online dossier</source>
        <translation>đánh số hồ sơ trực tuyến</translation>
    </message>
    <message>
        <source>saving the online dossier</source>
        <translation>lưu hồ sơ trực tuyến</translation>
    </message>
    <message>
        <source>saving the online dossier&apos;s files</source>
        <translation>lưu các tệp của hồ sơ trực tuyến</translation>
    </message>
    <message>
        <source>reading the online dossiers</source>
        <translation>đọc các hồ sơ trực tuyến</translation>
    </message>
    <message>
        <source>reading the online dossier&apos;s files</source>
        <translation>đọc các tệp của hồ sơ trực tuyến</translation>
    </message>
</context>
<context>
    <name>motcua::PortalPage</name>
    <message>
        <source>Registered online</source>
        <translation>Mới đăng ký</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Tiếp nhận</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>Không được tiếp nhận</translation>
    </message>
    <message>
        <source>Processing</source>
        <translation>Đang xử lý</translation>
    </message>
    <message>
        <source>Supplement requested</source>
        <translation>Yêu cầu bổ sung</translation>
    </message>
    <message>
        <source>Awaiting fees</source>
        <translation>Chờ thực hiện nghĩa vụ tài chính</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>Rút hồ sơ</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>Đã dừng</translation>
    </message>
    <message>
        <source>Decided</source>
        <translation>Đã quyết định</translation>
    </message>
    <message>
        <source>Returned</source>
        <translation>Đã trả</translation>
    </message>
    <message>
        <source>%1 dossiers, %2 history rows, %3 attachments (%4 complete), %5 central decisions. Now: %6.</source>
        <translation>%1 hồ sơ, %2 dòng lịch sử, %3 tệp đính kèm (%4 hoàn chỉnh), %5 quyết định của cấp trung ương. Hiện tại: %6.</translation>
    </message>
    <message>
        <source>Dossier code</source>
        <translation>Mã hồ sơ</translation>
    </message>
    <message>
        <source>Procedure</source>
        <translation>Thủ tục</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Cơ quan</translation>
    </message>
    <message>
        <source>Applicant</source>
        <translation>Người nộp</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Hạn</translation>
    </message>
    <message>
        <source>Counter status</source>
        <translation>Trạng thái tại Bộ phận Một cửa</translation>
    </message>
    <message>
        <source>Central status</source>
        <translation>Trạng thái trên cổng trung ương</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Lịch sử</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>Tệp</translation>
    </message>
    <message>
        <source>Decide</source>
        <translation>Quyết định</translation>
    </message>
    <message>
        <source>Received at the national-shape endpoint</source>
        <translation>Đã nhận tại cổng dạng quốc gia</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Trạng thái</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Hình thức nộp</translation>
    </message>
    <message>
        <source>Adds</source>
        <translation>Số lần thêm</translation>
    </message>
    <message>
        <source>Updates</source>
        <translation>Số lần cập nhật</translation>
    </message>
</context>
<context>
    <name>motcua::PortalPuller</name>
    <message>
        <source>The portal has no dossier numbers left for today; using this station&apos;s range.</source>
        <translation>Cổng dịch vụ công đã hết số hồ sơ cho hôm nay; dùng dải số của máy trạm này.</translation>
    </message>
    <message>
        <source>The portal leased an empty number block.</source>
        <translation>Cổng dịch vụ công đã cấp một khối số trống.</translation>
    </message>
</context>
<context>
    <name>motcua::PortalServer</name>
    <message>
        <source>Cannot read the certificate or the private key (PEM files).</source>
        <translation>Không đọc được chứng chỉ hoặc khóa riêng (tệp PEM).</translation>
    </message>
    <message>
        <source>The private key is not an RSA or EC key in PEM.</source>
        <translation>Khóa riêng không phải khóa RSA hoặc EC ở định dạng PEM.</translation>
    </message>
    <message>
        <source>The request is not a JSON object.</source>
        <translation>Yêu cầu không phải là một đối tượng JSON.</translation>
    </message>
    <message>
        <source>Fields &quot;username&quot; and &quot;password&quot; are required.</source>
        <translation>Cần có các trường &quot;username&quot; và &quot;password&quot;.</translation>
    </message>
    <message>
        <source>The gateway&apos;s bearer token is missing or wrong.</source>
        <translation>Thiếu hoặc sai bearer token của cổng kết nối.</translation>
    </message>
    <message>
        <source>The session is unknown or expired; log in again.</source>
        <translation>Phiên không xác định hoặc đã hết hạn; hãy đăng nhập lại.</translation>
    </message>
    <message>
        <source>The session expired; log in again.</source>
        <translation>Phiên đã hết hạn; hãy đăng nhập lại.</translation>
    </message>
    <message>
        <source>Field &quot;madonvi&quot; is missing.</source>
        <translation>Thiếu trường &quot;madonvi&quot;.</translation>
    </message>
    <message>
        <source>Only MC_TaiTep is sent to /mapi/tep, not &quot;%1&quot;.</source>
        <translation>Chỉ dịch vụ MC_TaiTep được gửi tới /mapi/tep, không phải &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>The dossier already exists.</source>
        <translation>Hồ sơ đã tồn tại.</translation>
    </message>
    <message>
        <source>Reference portal</source>
        <translation>Cổng dịch vụ công tham chiếu</translation>
    </message>
</context>
<context>
    <name>motcua::PortalServerAdmin</name>
    <message>
        <source>Unknown fault.</source>
        <translation>Lỗi giả lập không xác định.</translation>
    </message>
    <message>
        <source>No dossier with this code.</source>
        <translation>Không có hồ sơ nào mang mã này.</translation>
    </message>
</context>
<context>
    <name>motcua::PortalServices</name>
    <message>
        <source>The portal could not store the request.</source>
        <translation>Cổng dịch vụ công không lưu được yêu cầu.</translation>
    </message>
    <message>
        <source>Field &quot;%1&quot; must be a string.</source>
        <translation>Trường &quot;%1&quot; phải là chuỗi.</translation>
    </message>
    <message>
        <source>Field &quot;data&quot; is missing.</source>
        <translation>Thiếu trường &quot;data&quot;.</translation>
    </message>
    <message>
        <source>Field &quot;data&quot; must be an array of 1 to %1 objects.</source>
        <translation>Trường &quot;data&quot; phải là một mảng gồm từ 1 đến %1 đối tượng.</translation>
    </message>
    <message>
        <source>data[%1] is not an object.</source>
        <translation>data[%1] không phải là một đối tượng.</translation>
    </message>
    <message>
        <source>Field &quot;service&quot; is missing.</source>
        <translation>Thiếu trường &quot;service&quot;.</translation>
    </message>
    <message>
        <source>Unknown service &quot;%1&quot;.</source>
        <translation>Dịch vụ &quot;%1&quot; không xác định.</translation>
    </message>
    <message>
        <source>Field &quot;%1&quot; is not a dossier code {agency}-{yyMMdd}-{NNNN}.</source>
        <translation>Trường &quot;%1&quot; không phải là mã hồ sơ dạng {agency}-{yyMMdd}-{NNNN}.</translation>
    </message>
    <message>
        <source>Field &quot;%1&quot;: unknown procedure code %2.</source>
        <translation>Trường &quot;%1&quot;: mã thủ tục %2 không xác định.</translation>
    </message>
    <message>
        <source>Dossier %1 appears twice in one request.</source>
        <translation>Hồ sơ %1 xuất hiện hai lần trong cùng một yêu cầu.</translation>
    </message>
    <message>
        <source>Dossier %1 already exists.</source>
        <translation>Hồ sơ %1 đã tồn tại.</translation>
    </message>
    <message>
        <source>Dossier %1 is not on the portal.</source>
        <translation>Hồ sơ %1 không có trên cổng dịch vụ công.</translation>
    </message>
    <message>
        <source>Dossier %1 is not on the portal; send it first.</source>
        <translation>Hồ sơ %1 không có trên cổng dịch vụ công; hãy gửi hồ sơ trước.</translation>
    </message>
    <message>
        <source>Unknown procedure code %1.</source>
        <translation>Mã thủ tục %1 không xác định.</translation>
    </message>
    <message>
        <source>TrangSo or SoLuong is out of range.</source>
        <translation>TrangSo hoặc SoLuong nằm ngoài phạm vi cho phép.</translation>
    </message>
</context>
<context>
    <name>motcua::PortalServicesOnline</name>
    <message>
        <source>The portal could not read its records.</source>
        <translation>Cổng không đọc được dữ liệu của mình.</translation>
    </message>
    <message>
        <source>This server takes no online submissions.</source>
        <translation>Máy chủ này không nhận hồ sơ nộp trực tuyến.</translation>
    </message>
    <message>
        <source>The procedure &quot;%1&quot; is not in the portal&apos;s catalogue.</source>
        <translation>Thủ tục &quot;%1&quot; không có trong danh mục của cổng.</translation>
    </message>
    <message>
        <source>An online submission needs its applicant.</source>
        <translation>Hồ sơ nộp trực tuyến phải có người nộp.</translation>
    </message>
    <message>
        <source>Field &quot;MaTep&quot; must be a SHA-256 in lower-case hex.</source>
        <translation>Trường &quot;MaTep&quot; phải là SHA-256 dạng hex chữ thường.</translation>
    </message>
    <message>
        <source>No such file.</source>
        <translation>Không có tệp này.</translation>
    </message>
    <message>
        <source>&quot;ViTri&quot; is past the end of the file.</source>
        <translation>&quot;ViTri&quot; vượt quá cuối tệp.</translation>
    </message>
</context>
<context>
    <name>motcua::PortalServicesOwn</name>
    <message>
        <source>The portal could not store the request.</source>
        <translation>Cổng dịch vụ công không lưu được yêu cầu.</translation>
    </message>
    <message>
        <source>Field &quot;MaTep&quot; must be a SHA-256 in lower-case hex.</source>
        <translation>Trường &quot;MaTep&quot; phải là SHA-256 dạng hex chữ thường.</translation>
    </message>
    <message>
        <source>A chunk may hold at most 4 MiB.</source>
        <translation>Mỗi phần dữ liệu chứa tối đa 4 MiB.</translation>
    </message>
    <message>
        <source>Field &quot;DuLieu&quot; is not base64.</source>
        <translation>Trường &quot;DuLieu&quot; không phải dạng base64.</translation>
    </message>
    <message>
        <source>No complete file %1 is stored for a dossier.</source>
        <translation>Không có tệp %1 hoàn chỉnh nào được lưu cho một hồ sơ.</translation>
    </message>
    <message>
        <source>Field &quot;ViTri&quot; is past the end of the file.</source>
        <translation>Trường &quot;ViTri&quot; vượt quá cuối tệp.</translation>
    </message>
    <message>
        <source>Field &quot;Ngay&quot; must be a day yyMMdd.</source>
        <translation>Trường &quot;Ngay&quot; phải là một ngày dạng yyMMdd.</translation>
    </message>
    <message>
        <source>Field &quot;Ngay&quot; must be a day yyyyMMdd.</source>
        <translation>Trường &quot;Ngay&quot; phải là một ngày dạng yyyyMMdd.</translation>
    </message>
    <message>
        <source>Field &quot;%1&quot; must be 64 lowercase hexadecimal digits.</source>
        <translation>Trường &quot;%1&quot; phải gồm 64 chữ số thập lục phân viết thường.</translation>
    </message>
    <message>
        <source>Field &quot;%1&quot; must be a list of at most 64 objects.</source>
        <translation>Trường &quot;%1&quot; phải là danh sách tối đa 64 đối tượng.</translation>
    </message>
    <message>
        <source>the new head is older than the one it holds</source>
        <translation>đầu chuỗi mới cũ hơn đầu chuỗi trung tâm đang giữ</translation>
    </message>
    <message>
        <source>the MAC of a head reported before has changed</source>
        <translation>mã MAC của một đầu chuỗi đã báo trước đây đã thay đổi</translation>
    </message>
    <message>
        <source>the report does not include the head it holds</source>
        <translation>báo cáo không có đầu chuỗi trung tâm đang giữ</translation>
    </message>
    <message>
        <source>The audit trail of station %1 does not continue the head this center holds (sequence %2): %3.</source>
        <translation>Nhật ký kiểm toán của máy trạm %1 không nối tiếp đầu chuỗi trung tâm đang giữ (số thứ tự %2): %3.</translation>
    </message>
    <message>
        <source>The bundle cannot be opened: %1</source>
        <translation>Không mở được gói dữ liệu: %1</translation>
    </message>
    <message>
        <source>not a bundle of format motcua-bundle version 1.</source>
        <translation>không phải gói dữ liệu định dạng motcua-bundle phiên bản 1.</translation>
    </message>
    <message>
        <source>A bundle cannot hold a bundle.</source>
        <translation>Một gói dữ liệu không thể chứa gói dữ liệu khác.</translation>
    </message>
</context>
<context>
    <name>motcua::PortalSessions</name>
    <message>
        <source>Wrong username or password.</source>
        <translation>Sai tên đăng nhập hoặc mật khẩu.</translation>
    </message>
</context>
<context>
    <name>motcua::PortalSettingsBox</name>
    <message>
        <source>Central portal</source>
        <translation>Cổng dịch vụ công trung tâm</translation>
    </message>
    <message>
        <source>Portal &amp;address:</source>
        <translation>Đị&amp;a chỉ cổng dịch vụ công:</translation>
    </message>
    <message>
        <source>Center&apos;s &amp;account:</source>
        <translation>&amp;Tài khoản của trung tâm:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Mật khẩu:</translation>
    </message>
    <message>
        <source>Pinned &amp;CA file:</source>
        <translation>Tệp &amp;CA đã ghim:</translation>
    </message>
    <message>
        <source>Pinned public &amp;key (SHA-256):</source>
        <translation>&amp;Khóa công khai đã ghim (SHA-256):</translation>
    </message>
    <message>
        <source>Offline &amp;bundle secret:</source>
        <translation>Khóa bí mật &amp;gói dữ liệu ngoại tuyến:</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Chọn…</translation>
    </message>
    <message>
        <source>Save portal settings</source>
        <translation>Lưu thiết lập cổng dịch vụ công</translation>
    </message>
    <message>
        <source>stored encrypted; leave empty to keep it</source>
        <translation>đã lưu mã hóa; để trống nếu muốn giữ nguyên</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>chưa thiết lập</translation>
    </message>
    <message>
        <source>Only a certificate that matches the pinned CA or key is accepted; a mismatch stops synchronisation with an alarm. The password and the bundle secret are stored encrypted and can only be read by a signed-in session.</source>
        <translation>Chỉ chấp nhận chứng thư khớp với CA hoặc khóa đã ghim; nếu không khớp, đồng bộ sẽ dừng kèm cảnh báo nghiêm trọng. Mật khẩu và khóa bí mật của gói dữ liệu được lưu mã hóa và chỉ phiên làm việc đã đăng nhập mới đọc được.</translation>
    </message>
    <message>
        <source>Only an administrator can change the portal settings.</source>
        <translation>Chỉ quản trị viên mới được thay đổi thiết lập cổng dịch vụ công.</translation>
    </message>
    <message>
        <source>Certificate of the portal&apos;s CA</source>
        <translation>Chứng thư CA của cổng dịch vụ công</translation>
    </message>
    <message>
        <source>PEM certificates (*.pem *.crt *.cer);;All files (*)</source>
        <translation>Chứng thư PEM (*.pem *.crt *.cer);;Tất cả các tệp (*)</translation>
    </message>
    <message>
        <source>The portal&apos;s address must start with https://.</source>
        <translation>Địa chỉ cổng dịch vụ công phải bắt đầu bằng https://.</translation>
    </message>
    <message>
        <source>The file %1 cannot be read or holds no PEM certificate.</source>
        <translation>Không đọc được tệp %1 hoặc tệp không chứa chứng thư PEM nào.</translation>
    </message>
    <message>
        <source>The public key pin must be the base64 SHA-256 of the portal&apos;s public key.</source>
        <translation>Khóa công khai đã ghim phải là mã SHA-256 dạng base64 của khóa công khai của cổng dịch vụ công.</translation>
    </message>
    <message>
        <source>The portal settings were saved.</source>
        <translation>Đã lưu thiết lập cổng dịch vụ công.</translation>
    </message>
    <message>
        <source>Choose the portal&apos;s CA file or enter its public key pin: without one the portal cannot be trusted.</source>
        <translation>Hãy chọn tệp chứng thư của tổ chức chứng thực hoặc nhập mã ghim khóa công khai của cổng dịch vụ công: thiếu cả hai thì không thể tin cậy cổng.</translation>
    </message>
</context>
<context>
    <name>motcua::PortalStore</name>
    <message>
        <source>The status must be a number from 1 to 10.</source>
        <translation>Trạng thái phải là một số từ 1 đến 10.</translation>
    </message>
    <message>
        <source>No dossier with this code.</source>
        <translation>Không có hồ sơ nào mang mã này.</translation>
    </message>
    <message>
        <source>counting the dossiers</source>
        <translation>đếm hồ sơ</translation>
    </message>
    <message>
        <source>saving the dossier</source>
        <translation>lưu hồ sơ</translation>
    </message>
    <message>
        <source>saving the dossier&apos;s progress</source>
        <translation>lưu tiến độ xử lý hồ sơ</translation>
    </message>
    <message>
        <source>reading the dossier</source>
        <translation>đọc hồ sơ</translation>
    </message>
    <message>
        <source>saving the decision</source>
        <translation>lưu kết quả xử lý</translation>
    </message>
    <message>
        <source>reading the decisions</source>
        <translation>đọc các kết quả xử lý</translation>
    </message>
    <message>
        <source>reading the newest dossiers</source>
        <translation>đọc các hồ sơ mới nhất</translation>
    </message>
    <message>
        <source>reading the dossier&apos;s progress</source>
        <translation>đọc tiến độ xử lý hồ sơ</translation>
    </message>
    <message>
        <source>reading the dossier&apos;s files</source>
        <translation>đọc các tệp của hồ sơ</translation>
    </message>
</context>
<context>
    <name>motcua::PortalStoreWrites</name>
    <message>
        <source>Field &quot;MaYeuCau&quot; was used before for another agency or day.</source>
        <translation>Trường &quot;MaYeuCau&quot; đã được dùng trước đó cho một cơ quan hoặc một ngày khác.</translation>
    </message>
    <message>
        <source>The portal could not store the request.</source>
        <translation>Cổng dịch vụ công không lưu được yêu cầu.</translation>
    </message>
    <message>
        <source>reading the number requests</source>
        <translation>đọc các yêu cầu cấp số</translation>
    </message>
    <message>
        <source>recording the number request</source>
        <translation>ghi nhận yêu cầu cấp số</translation>
    </message>
</context>
<context>
    <name>motcua::PrintCommand</name>
    <message>
        <source>Renders a form of a dossier to PDF: 01 receipt and appointment slip, 02 request to supplement, 03 refusal, 04 apology and new appointment, 05 processing control slip. --keep also stores it with the dossier (needs --user).</source>
        <translation>Xuất một biểu mẫu của hồ sơ ra PDF: 01 phiếu tiếp nhận và hẹn trả kết quả, 02 phiếu yêu cầu bổ sung, hoàn thiện hồ sơ, 03 phiếu từ chối tiếp nhận, 04 phiếu xin lỗi và hẹn lại ngày trả kết quả, 05 phiếu kiểm soát quá trình giải quyết hồ sơ. --keep đồng thời lưu biểu mẫu kèm hồ sơ (cần --user).</translation>
    </message>
    <message>
        <source>The dossier code.</source>
        <translation>Mã hồ sơ.</translation>
    </message>
    <message>
        <source>The form: 01, 02, 03, 04 or 05 (default 01).</source>
        <translation>Biểu mẫu: 01, 02, 03, 04 hoặc 05 (mặc định 01).</translation>
    </message>
    <message>
        <source>The PDF file to write.</source>
        <translation>Tệp PDF cần ghi.</translation>
    </message>
    <message>
        <source>1 or 2 copies (default 1).</source>
        <translation>1 hoặc 2 bản (mặc định 1).</translation>
    </message>
    <message>
        <source>Keep the PDF with the dossier (needs --user).</source>
        <translation>Lưu bản PDF kèm hồ sơ (cần --user).</translation>
    </message>
    <message>
        <source>give one CODE.</source>
        <translation>hãy cho một MÃ.</translation>
    </message>
    <message>
        <source>--form is 01, 02, 03, 04 or 05.</source>
        <translation>--form phải là 01, 02, 03, 04 hoặc 05.</translation>
    </message>
    <message>
        <source>--out FILE.pdf is required.</source>
        <translation>cần có --out TỆP.pdf.</translation>
    </message>
    <message>
        <source>--copies is 1 or 2.</source>
        <translation>--copies phải là 1 hoặc 2.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Không ghi được %1: %2</translation>
    </message>
    <message>
        <source>Form %1 of %2 written to %3.</source>
        <translation>Đã ghi mẫu %1 của hồ sơ %2 vào %3.</translation>
    </message>
</context>
<context>
    <name>motcua::ProcedurePicker</name>
    <message numerus="yes">
        <source>%n match(es)</source>
        <translation>
            <numerusform>%n kết quả</numerusform>
        </translation>
    </message>
    <message>
        <source>Code, name, field or department — diacritics optional (F3)</source>
        <translation>Mã, tên, lĩnh vực hoặc cơ quan — gõ có dấu hay không dấu đều được (F3)</translation>
    </message>
    <message>
        <source>No procedure chosen yet: type and press Enter.</source>
        <translation>Chưa chọn thủ tục: gõ rồi nhấn Enter.</translation>
    </message>
    <message>
        <source>Chosen: %1 — %2
%3</source>
        <translation>Đã chọn: %1 — %2
%3</translation>
    </message>
    <message>
        <source>Procedure code, e.g. 1.000656 (F3)</source>
        <translation>Mã thủ tục, ví dụ 1.000656 (F3)</translation>
    </message>
    <message>
        <source>Search by procedure code</source>
        <translation>Tìm theo mã thủ tục</translation>
    </message>
    <message>
        <source>Empties the box to type the procedure&apos;s code from the national catalogue</source>
        <translation>Xóa ô tìm kiếm để gõ mã thủ tục theo Cơ sở dữ liệu quốc gia về thủ tục hành chính</translation>
    </message>
    <message>
        <source>No procedure with code “%1” in this center&apos;s catalogue: it is not received here, or the code is mistyped. Check the code on the applicant&apos;s papers.</source>
        <translation>Danh mục của trung tâm không có thủ tục mã “%1”: thủ tục này không tiếp nhận tại đây, hoặc mã bị gõ sai. Hãy kiểm tra lại mã trên giấy tờ của người nộp.</translation>
    </message>
    <message>
        <source>No procedure of this center&apos;s catalogue matches “%1”. The procedure may not be received at this center (a commune-level procedure, for example), or it is named differently: try fewer words, or search by its code.</source>
        <translation>Không có thủ tục nào trong danh mục của trung tâm khớp với “%1”. Có thể thủ tục này không tiếp nhận tại trung tâm (ví dụ thủ tục cấp xã), hoặc có tên gọi khác: hãy thử ít từ hơn, hoặc tìm theo mã thủ tục.</translation>
    </message>
</context>
<context>
    <name>motcua::ProcessingCommands</name>
    <message>
        <source>the counter</source>
        <translation>bộ phận một cửa</translation>
    </message>
    <message>
        <source>Dossier %1: %2.
Appointment: %3
With: %4%5</source>
        <translation>Hồ sơ %1: %2.
Hẹn trả: %3
Đang ở: %4%5</translation>
    </message>
    <message>
        <source> (handed over, not yet received)</source>
        <translation> (đã chuyển, chưa được nhận)</translation>
    </message>
    <message>
        <source>The dossier code.</source>
        <translation>Mã hồ sơ.</translation>
    </message>
    <message>
        <source>A note for the dossier&apos;s history.</source>
        <translation>Ghi chú cho quá trình xử lý hồ sơ.</translation>
    </message>
    <message>
        <source>give one CODE.</source>
        <translation>hãy cho một MÃ.</translation>
    </message>
    <message>
        <source>Why (required).</source>
        <translation>Lý do (bắt buộc).</translation>
    </message>
    <message>
        <source>--reason TEXT is required.</source>
        <translation>cần có --reason NỘI_DUNG.</translation>
    </message>
    <message>
        <source>The department to hand the dossier to (its code, as `catalogue list` shows).</source>
        <translation>Cơ quan nhận hồ sơ (mã cơ quan, như `catalogue list` hiển thị).</translation>
    </message>
    <message>
        <source>Hands the dossier from the counter or a department to a department; it waits there to be received.</source>
        <translation>Chuyển hồ sơ từ bộ phận một cửa hoặc một cơ quan sang một cơ quan; hồ sơ chờ ở đó cho đến khi được nhận.</translation>
    </message>
    <message>
        <source>--to DEPT is required.</source>
        <translation>cần có --to CƠ_QUAN.</translation>
    </message>
    <message>
        <source>The department signs for the dossier handed to it and takes it up (processing); also takes a dossier up again after a supplement or fees.</source>
        <translation>Cơ quan ký nhận hồ sơ được chuyển đến và giải quyết (đang xử lý); cũng dùng để tiếp tục giải quyết hồ sơ sau khi bổ sung hoặc nộp phí.</translation>
    </message>
    <message>
        <source>Takes back a transfer made by mistake: only the user who made it, within processing.takeBackMinutes (10 by default), and only while the department has not received it. The dossier returns to where it was.</source>
        <translation>Thu hồi lần chuyển nhầm hồ sơ: chỉ người đã chuyển, trong thời gian processing.takeBackMinutes (mặc định 10 phút), và chỉ khi cơ quan chưa tiếp nhận. Hồ sơ trở về nơi trước khi chuyển.</translation>
    </message>
    <message>
        <source>The counter signs for the dossier or result a department handed back.</source>
        <translation>Bộ phận một cửa ký nhận hồ sơ hoặc kết quả do cơ quan chuyển về.</translation>
    </message>
    <message>
        <source>A department hands the dossier back to the counter (its state is unchanged).</source>
        <translation>Cơ quan chuyển trả hồ sơ về bộ phận một cửa (trạng thái hồ sơ không đổi).</translation>
    </message>
    <message>
        <source>The papers asked for arrived: the clock runs again and the appointment moves by the paused working time.</source>
        <translation>Đã nhận các giấy tờ yêu cầu bổ sung: tiếp tục tính thời hạn và ngày hẹn trả được lùi thêm bằng thời gian làm việc đã tạm dừng.</translation>
    </message>
    <message>
        <source>The applicant must pay fees or taxes before the dossier goes on.</source>
        <translation>Người nộp phải nộp phí, lệ phí hoặc thuế trước khi hồ sơ được giải quyết tiếp.</translation>
    </message>
    <message>
        <source>The dossier is decided and its result ready; a department hands the result to the counter.</source>
        <translation>Hồ sơ đã được giải quyết và có kết quả; cơ quan chuyển kết quả về bộ phận một cửa.</translation>
    </message>
    <message>
        <source>The applicant withdraws the dossier.</source>
        <translation>Người nộp rút hồ sơ.</translation>
    </message>
    <message>
        <source>Stops processing the dossier (supervisors).</source>
        <translation>Dừng xử lý hồ sơ (lãnh đạo).</translation>
    </message>
    <message>
        <source>A paper to add or complete and why, as &quot;PAPER: REASON&quot; (repeat for several).</source>
        <translation>Giấy tờ cần bổ sung hoặc hoàn thiện và lý do, dạng &quot;GIẤY TỜ: LÝ DO&quot; (lặp lại nếu có nhiều).</translation>
    </message>
    <message>
        <source>Asks the applicant for missing or incomplete papers; the clock is paused until they arrive.</source>
        <translation>Yêu cầu người nộp bổ sung giấy tờ còn thiếu hoặc chưa đầy đủ; tạm dừng tính thời hạn cho đến khi nhận được.</translation>
    </message>
    <message>
        <source>--item &quot;%1&quot;: write PAPER: REASON.</source>
        <translation>--item &quot;%1&quot;: hãy viết GIẤY TỜ: LÝ DO.</translation>
    </message>
    <message>
        <source>give at least one --item &quot;PAPER: REASON&quot;.</source>
        <translation>hãy cho ít nhất một --item &quot;GIẤY TỜ: LÝ DO&quot;.</translation>
    </message>
    <message>
        <source>Who collects the result (full name).</source>
        <translation>Người nhận kết quả (họ và tên).</translation>
    </message>
    <message>
        <source>The collector&apos;s ID number (12 or 9 digits, or a passport number).</source>
        <translation>Số giấy tờ tùy thân của người nhận kết quả (12 hoặc 9 chữ số, hoặc số hộ chiếu).</translation>
    </message>
    <message>
        <source>A result paper handed over (repeat for several).</source>
        <translation>Giấy tờ kết quả đã trao (lặp lại nếu có nhiều).</translation>
    </message>
    <message>
        <source>The fees of the dossier are paid.</source>
        <translation>Phí, lệ phí của hồ sơ đã được nộp.</translation>
    </message>
    <message>
        <source>When it was collected (default now), ISO 8601.</source>
        <translation>Thời điểm nhận kết quả (mặc định là hiện tại), theo ISO 8601.</translation>
    </message>
    <message>
        <source>Hands the result to the applicant and records who collected it, when, which papers, and the fees.</source>
        <translation>Trả kết quả cho người nộp và ghi lại người nhận, thời điểm nhận, các giấy tờ đã trao và phí, lệ phí.</translation>
    </message>
    <message>
        <source>--collector NAME and --id-number N are required.</source>
        <translation>cần có --collector TÊN và --id-number N.</translation>
    </message>
    <message>
        <source>give at least one --paper TEXT.</source>
        <translation>hãy cho ít nhất một --paper NỘI_DUNG.</translation>
    </message>
    <message>
        <source>The new appointment, ISO 8601.</source>
        <translation>Ngày hẹn trả mới, theo ISO 8601.</translation>
    </message>
    <message>
        <source>Why the dossier is late (required).</source>
        <translation>Lý do hồ sơ bị quá hạn (bắt buộc).</translation>
    </message>
    <message>
        <source>Also write the letter (form 04) to this PDF file.</source>
        <translation>Đồng thời ghi phiếu (mẫu 04) vào tệp PDF này.</translation>
    </message>
    <message>
        <source>A late dossier: records the apology letter (form 04) with a new appointment and keeps the letter with the dossier (supervisors).</source>
        <translation>Hồ sơ quá hạn: ghi nhận phiếu xin lỗi và hẹn lại ngày trả kết quả (mẫu 04) với ngày hẹn trả mới và lưu phiếu kèm hồ sơ (lãnh đạo).</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Không ghi được %1: %2</translation>
    </message>
    <message>
        <source>Prints a dossier&apos;s history: every step with who and when, the hand-overs, and the due date.</source>
        <translation>In quá trình xử lý hồ sơ: từng bước với người thực hiện và thời điểm, các lần bàn giao và hạn giải quyết.</translation>
    </message>
    <message>
        <source>WHEN</source>
        <translation>THỜI ĐIỂM</translation>
    </message>
    <message>
        <source>WHO</source>
        <translation>NGƯỜI THỰC HIỆN</translation>
    </message>
    <message>
        <source>FROM</source>
        <translation>TỪ</translation>
    </message>
    <message>
        <source>TO</source>
        <translation>ĐẾN</translation>
    </message>
    <message>
        <source>NOTE</source>
        <translation>GHI CHÚ</translation>
    </message>
    <message>
        <source>Appointment: %1</source>
        <translation>Hẹn trả: %1</translation>
    </message>
    <message>
        <source>due today</source>
        <translation>đến hạn hôm nay</translation>
    </message>
</context>
<context>
    <name>motcua::ProcessingFormRenderer</name>
    <message>
        <source>The form has no dossier code.</source>
        <translation>Biểu mẫu không có mã hồ sơ.</translation>
    </message>
    <message>
        <source>The ledger needs a date range.</source>
        <translation>Sổ theo dõi hồ sơ cần có khoảng thời gian.</translation>
    </message>
</context>
<context>
    <name>motcua::ProcessingForms</name>
    <message>
        <source>No apology letter (form 04) was issued for the dossier %1.</source>
        <translation>Chưa lập phiếu xin lỗi và hẹn lại ngày trả kết quả (mẫu 04) cho hồ sơ %1.</translation>
    </message>
    <message>
        <source>Form %1 is not a processing form (04, 05).</source>
        <translation>Mẫu %1 không phải mẫu trong quá trình giải quyết (04, 05).</translation>
    </message>
</context>
<context>
    <name>motcua::ProcessingRepository</name>
    <message>
        <source>The hand-over was already received.</source>
        <translation>Việc bàn giao đã được nhận rồi.</translation>
    </message>
    <message>
        <source>The result of this dossier was not returned.</source>
        <translation>Kết quả của hồ sơ này chưa được trả.</translation>
    </message>
    <message>
        <source>The dossier no longer exists.</source>
        <translation>Hồ sơ không còn tồn tại.</translation>
    </message>
    <message>
        <source>reading the departments</source>
        <translation>đọc danh sách cơ quan</translation>
    </message>
    <message>
        <source>reading the dossier&apos;s history</source>
        <translation>đọc lịch sử hồ sơ</translation>
    </message>
    <message>
        <source>recording the dossier&apos;s processing</source>
        <translation>ghi quá trình xử lý hồ sơ</translation>
    </message>
    <message>
        <source>reading the dossier&apos;s processing</source>
        <translation>đọc quá trình xử lý hồ sơ</translation>
    </message>
</context>
<context>
    <name>motcua::ProcessingService</name>
    <message>
        <source>transfer dossiers</source>
        <translation>chuyển hồ sơ</translation>
    </message>
    <message>
        <source>take up dossiers</source>
        <translation>nhận xử lý hồ sơ</translation>
    </message>
    <message>
        <source>request supplements</source>
        <translation>yêu cầu bổ sung hồ sơ</translation>
    </message>
    <message>
        <source>record supplements</source>
        <translation>ghi nhận bổ sung hồ sơ</translation>
    </message>
    <message>
        <source>ask for fees</source>
        <translation>yêu cầu nộp phí, lệ phí</translation>
    </message>
    <message>
        <source>complete dossiers</source>
        <translation>hoàn thành hồ sơ</translation>
    </message>
    <message>
        <source>return results</source>
        <translation>trả kết quả</translation>
    </message>
    <message>
        <source>withdraw dossiers</source>
        <translation>rút hồ sơ</translation>
    </message>
    <message>
        <source>stop processing</source>
        <translation>dừng xử lý</translation>
    </message>
    <message>
        <source>hand dossiers back to the counter</source>
        <translation>chuyển trả hồ sơ về Bộ phận Một cửa</translation>
    </message>
    <message>
        <source>receive dossiers back at the counter</source>
        <translation>nhận lại hồ sơ tại Bộ phận Một cửa</translation>
    </message>
    <message>
        <source>issue apology letters with a new appointment</source>
        <translation>lập phiếu xin lỗi và hẹn lại ngày trả kết quả</translation>
    </message>
    <message>
        <source>take back transfers</source>
        <translation>thu hồi lần chuyển hồ sơ</translation>
    </message>
    <message>
        <source>Field &quot;%1&quot;: %2</source>
        <translation>Trường &quot;%1&quot;: %2</translation>
    </message>
    <message>
        <source>The dossier is on its way to %1: it must be received there before it is transferred again.</source>
        <translation>Hồ sơ đang được chuyển đến %1: phải được nhận tại đó trước khi chuyển tiếp.</translation>
    </message>
    <message>
        <source>The dossier is at the counter, not with a department: transfer it to a department first.</source>
        <translation>Hồ sơ đang ở Bộ phận Một cửa, chưa ở cơ quan giải quyết: hãy chuyển hồ sơ đến cơ quan giải quyết trước.</translation>
    </message>
    <message>
        <source>Only a dossier that a department has received can be handed back to the counter.</source>
        <translation>Chỉ hồ sơ đã được cơ quan giải quyết tiếp nhận mới có thể chuyển trả về Bộ phận Một cửa.</translation>
    </message>
    <message>
        <source>Nothing was handed back to the counter for this dossier.</source>
        <translation>Không có gì được chuyển trả về Bộ phận Một cửa cho hồ sơ này.</translation>
    </message>
    <message>
        <source>An apology letter is for a dossier still being processed; this one is &quot;%1&quot;.</source>
        <translation>Phiếu xin lỗi chỉ dành cho hồ sơ đang giải quyết; hồ sơ này đang ở trạng thái &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>The dossier is not late: its appointment is %1.</source>
        <translation>Hồ sơ chưa quá hạn: ngày hẹn trả là %1.</translation>
    </message>
    <message>
        <source>Only a transfer that the department has not yet received can be taken back.</source>
        <translation>Chỉ thu hồi được lần chuyển mà cơ quan giải quyết chưa tiếp nhận.</translation>
    </message>
    <message>
        <source>Only %1, who made the transfer, can take it back.</source>
        <translation>Chỉ %1, người đã chuyển hồ sơ, mới thu hồi được lần chuyển này.</translation>
    </message>
    <message numerus="yes">
        <source>The transfer to %1 was made at %2: it can be taken back only within %n minute(s). Ask the department to hand the dossier back to the counter.</source>
        <translation>
            <numerusform>Hồ sơ đã chuyển đến %1 lúc %2: chỉ thu hồi được trong vòng %n phút. Đề nghị cơ quan đó chuyển trả hồ sơ về bộ phận một cửa.</numerusform>
        </translation>
    </message>
    <message>
        <source>the counter</source>
        <translation>bộ phận một cửa</translation>
    </message>
    <message>
        <source>name the department to transfer to.</source>
        <translation>hãy nêu cơ quan cần chuyển đến.</translation>
    </message>
    <message>
        <source>The dossier is already with %1: choose another department.</source>
        <translation>Hồ sơ đã ở %1: hãy chọn cơ quan khác.</translation>
    </message>
    <message>
        <source>The transfer&apos;s history row is missing: the transfer cannot be taken back.</source>
        <translation>Không tìm thấy dòng lịch sử của lần chuyển: không thể thu hồi lần chuyển này.</translation>
    </message>
    <message>
        <source>Supplement requested: %1</source>
        <translation>Yêu cầu bổ sung: %1</translation>
    </message>
    <message>
        <source>%1; moved by %2 working hours of supplement pause (%3 – %4)</source>
        <translation>%1; lùi %2 giờ làm việc do tạm dừng để bổ sung (%3 – %4)</translation>
    </message>
    <message>
        <source>the name of the person collecting is required.</source>
        <translation>cần có tên người nhận kết quả.</translation>
    </message>
    <message>
        <source>an ID number has 12 digits (citizen ID), 9 digits (old ID card) or is a passport number.</source>
        <translation>số giấy tờ tùy thân gồm 12 chữ số (căn cước công dân), 9 chữ số (chứng minh nhân dân cũ) hoặc là số hộ chiếu.</translation>
    </message>
    <message>
        <source>name at least one result paper handed over.</source>
        <translation>hãy nêu ít nhất một giấy tờ kết quả đã bàn giao.</translation>
    </message>
    <message>
        <source>The fees of this dossier are not settled: settle them before returning the result.</source>
        <translation>Phí, lệ phí của hồ sơ này chưa được thanh toán: hãy thanh toán trước khi trả kết quả.</translation>
    </message>
    <message>
        <source>the time of collection is in the future.</source>
        <translation>thời điểm nhận kết quả nằm trong tương lai.</translation>
    </message>
    <message>
        <source>the result was collected before it was ready.</source>
        <translation>kết quả được nhận trước khi có kết quả.</translation>
    </message>
    <message>
        <source>Result returned: %1</source>
        <translation>Đã trả kết quả: %1</translation>
    </message>
    <message>
        <source>say why the applicant withdraws the dossier.</source>
        <translation>hãy nêu lý do người nộp rút hồ sơ.</translation>
    </message>
    <message>
        <source>say why processing stops.</source>
        <translation>hãy nêu lý do dừng xử lý.</translation>
    </message>
    <message>
        <source>say why the dossier is late (form 04).</source>
        <translation>hãy nêu lý do hồ sơ quá hạn (mẫu 04).</translation>
    </message>
    <message>
        <source>the new appointment must be later than now and than the old appointment.</source>
        <translation>ngày hẹn trả mới phải sau thời điểm hiện tại và sau ngày hẹn trả cũ.</translation>
    </message>
    <message>
        <source>Apology letter (form 04), new appointment %1: %2</source>
        <translation>Phiếu xin lỗi và hẹn lại ngày trả kết quả (mẫu 04), ngày hẹn trả mới %1: %2</translation>
    </message>
    <message>
        <source>New appointment by apology letter (form 04) of %1</source>
        <translation>Ngày hẹn trả mới theo phiếu xin lỗi và hẹn lại ngày trả kết quả (mẫu 04) ngày %1</translation>
    </message>
</context>
<context>
    <name>motcua::ProcessingServiceReads</name>
    <message>
        <source>Transfer to a department</source>
        <translation>Chuyển cơ quan giải quyết</translation>
    </message>
    <message>
        <source>Take up (department)</source>
        <translation>Nhận xử lý (cơ quan giải quyết)</translation>
    </message>
    <message>
        <source>Request a supplement</source>
        <translation>Yêu cầu bổ sung</translation>
    </message>
    <message>
        <source>Supplement received</source>
        <translation>Đã nhận bổ sung</translation>
    </message>
    <message>
        <source>Ask for fees</source>
        <translation>Yêu cầu nộp phí, lệ phí</translation>
    </message>
    <message>
        <source>Complete (result ready)</source>
        <translation>Hoàn thành (đã có kết quả)</translation>
    </message>
    <message>
        <source>Return the result</source>
        <translation>Trả kết quả</translation>
    </message>
    <message>
        <source>Withdraw</source>
        <translation>Rút hồ sơ</translation>
    </message>
    <message>
        <source>Stop processing</source>
        <translation>Dừng xử lý</translation>
    </message>
    <message>
        <source>Hand back to the counter</source>
        <translation>Chuyển trả về Bộ phận Một cửa</translation>
    </message>
    <message>
        <source>Receive back at the counter</source>
        <translation>Nhận lại tại Bộ phận Một cửa</translation>
    </message>
    <message>
        <source>Apology letter and new appointment</source>
        <translation>Phiếu xin lỗi và hẹn lại ngày trả kết quả</translation>
    </message>
    <message>
        <source>Take back the transfer</source>
        <translation>Thu hồi lần chuyển</translation>
    </message>
    <message>
        <source>The ledger needs a date range whose end is not before its start.</source>
        <translation>Sổ theo dõi hồ sơ cần một khoảng thời gian có ngày kết thúc không trước ngày bắt đầu.</translation>
    </message>
</context>
<context>
    <name>motcua::QrCode</name>
    <message>
        <source>The text is too long to fit in a QR code (%1 bytes).</source>
        <translation>Nội dung quá dài để đưa vào mã QR (%1 byte).</translation>
    </message>
</context>
<context>
    <name>motcua::QrCommand</name>
    <message>
        <source>Usage: motcuactl qr SUBCOMMAND [options]

Subcommands:
  parse TEXT     the applicant fields of a citizen ID card QR text (&apos;-&apos;: stdin)
  decode IMAGE   the text of the QR code in an image file

motcuactl qr SUBCOMMAND --help shows the options of each.
</source>
        <translation>Cách dùng: motcuactl qr LỆNH_CON [tùy chọn]

Lệnh con:
  parse NỘI_DUNG  các thông tin người nộp trong nội dung mã QR trên thẻ căn cước công dân (&apos;-&apos;: stdin)
  decode ẢNH      nội dung của mã QR trong một tệp ảnh

motcuactl qr LỆNH_CON --help cho biết các tùy chọn của từng lệnh.
</translation>
    </message>
    <message>
        <source>ID number</source>
        <translation>Số giấy tờ tùy thân</translation>
    </message>
    <message>
        <source>Former ID number</source>
        <translation>Số CMND cũ</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Họ và tên</translation>
    </message>
    <message>
        <source>Birth date</source>
        <translation>Ngày sinh</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>Giới tính</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Địa chỉ</translation>
    </message>
    <message>
        <source>Issue date</source>
        <translation>Ngày cấp</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Ghi chú</translation>
    </message>
    <message>
        <source>garbled text was repaired: check the name</source>
        <translation>đã sửa lỗi phông chữ: hãy kiểm tra lại họ tên</translation>
    </message>
    <message>
        <source>FIELD</source>
        <translation>TRƯỜNG</translation>
    </message>
    <message>
        <source>VALUE</source>
        <translation>GIÁ TRỊ</translation>
    </message>
    <message>
        <source>Parses the text of a citizen ID card QR (what a scanner types) and prints the applicant&apos;s fields. Exits 2 with the reason when the text is not a valid card QR.</source>
        <translation>Phân tích nội dung mã QR trên thẻ căn cước công dân (nội dung máy quét gõ vào) và in ra các thông tin của người nộp. Thoát với mã 2 kèm lý do nếu nội dung không phải mã QR hợp lệ của thẻ.</translation>
    </message>
    <message>
        <source>The QR text, quoted; &apos;-&apos; reads the bytes from stdin.</source>
        <translation>Nội dung mã QR, đặt trong dấu nháy; &apos;-&apos; đọc dữ liệu từ stdin.</translation>
    </message>
    <message>
        <source>give one TEXT (quote it: it holds &apos;|&apos;).</source>
        <translation>hãy cho đúng một NỘI_DUNG (đặt trong dấu nháy vì có ký tự &apos;|&apos;).</translation>
    </message>
    <message>
        <source>Cannot read stdin.</source>
        <translation>Không đọc được stdin.</translation>
    </message>
    <message>
        <source>Reads the QR code in an image file (PNG, JPEG, ...) and prints its text; with --json, also the applicant&apos;s fields when it is a citizen ID card QR.</source>
        <translation>Đọc mã QR trong một tệp ảnh (PNG, JPEG, ...) và in ra nội dung; với --json, in thêm các thông tin của người nộp nếu đó là mã QR trên thẻ căn cước công dân.</translation>
    </message>
    <message>
        <source>The image file.</source>
        <translation>Tệp ảnh.</translation>
    </message>
    <message>
        <source>give one IMAGE.</source>
        <translation>hãy cho đúng một ẢNH.</translation>
    </message>
</context>
<context>
    <name>motcua::QualityCommand</name>
    <message>
        <source>The national service-quality index (Decision 766) over a period, computed from this center&apos;s dossiers: each indicator its data decides, with its value, the national formula, its points and maximum. Indicators the center cannot know say &quot;no data&quot;. --json lists the dossiers behind each figure.</source>
        <translation>Bộ chỉ số chất lượng phục vụ quốc gia (Quyết định 766) trong một kỳ, tính từ hồ sơ của trung tâm: mỗi chỉ số mà dữ liệu của trung tâm quyết định, với giá trị, công thức quốc gia, điểm và điểm tối đa. Chỉ số trung tâm không biết được ghi &quot;chưa có dữ liệu&quot;. --json liệt kê các hồ sơ làm nên từng số liệu.</translation>
    </message>
    <message>
        <source>First day of the period (YYYY-MM-DD).</source>
        <translation>Ngày đầu kỳ (YYYY-MM-DD).</translation>
    </message>
    <message>
        <source>Last day of the period, included (YYYY-MM-DD).</source>
        <translation>Ngày cuối kỳ, tính cả ngày này (YYYY-MM-DD).</translation>
    </message>
    <message>
        <source>Only this department (its code).</source>
        <translation>Chỉ cơ quan này (mã cơ quan).</translation>
    </message>
    <message>
        <source>unexpected argument &apos;%1&apos;.</source>
        <translation>tham số &apos;%1&apos; không được mong đợi.</translation>
    </message>
    <message>
        <source>--from and --to are required dates (YYYY-MM-DD).</source>
        <translation>cần có --from và --to là ngày (YYYY-MM-DD).</translation>
    </message>
    <message>
        <source>No department has the code &apos;%1&apos;.</source>
        <translation>Không có cơ quan nào mã &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>no data</source>
        <translation>chưa có dữ liệu</translation>
    </message>
    <message>
        <source>Service-quality index %1 – %2 (%3)</source>
        <translation>Chỉ số chất lượng phục vụ %1 – %2 (%3)</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>INDICATOR</source>
        <translation>CHỈ SỐ</translation>
    </message>
    <message>
        <source>VALUE</source>
        <translation>GIÁ TRỊ</translation>
    </message>
    <message>
        <source>DOSSIERS</source>
        <translation>HỒ SƠ</translation>
    </message>
    <message>
        <source>POINTS</source>
        <translation>ĐIỂM</translation>
    </message>
    <message>
        <source>Source: %1</source>
        <translation>Nguồn: %1</translation>
    </message>
</context>
<context>
    <name>motcua::QualityDossiersDialog</name>
    <message>
        <source>Dossiers of indicator %1</source>
        <translation>Hồ sơ của chỉ số %1</translation>
    </message>
    <message>
        <source>%1 %2, %3 – %4: %5 of %6 dossiers counted.</source>
        <translation>%1 %2, %3 – %4: tính %5 trên %6 hồ sơ.</translation>
    </message>
    <message>
        <source>Only the dossiers counted</source>
        <translation>Chỉ các hồ sơ được tính</translation>
    </message>
    <message>
        <source>Dossier code</source>
        <translation>Mã hồ sơ</translation>
    </message>
    <message>
        <source>Counted</source>
        <translation>Được tính</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Kênh</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Tiếp nhận</translation>
    </message>
    <message>
        <source>Appointment</source>
        <translation>Hẹn trả</translation>
    </message>
    <message>
        <source>Ended</source>
        <translation>Kết thúc</translation>
    </message>
    <message>
        <source>&amp;Open dossier</source>
        <translation>&amp;Mở hồ sơ</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>có</translation>
    </message>
    <message>
        <source>no</source>
        <translation>không</translation>
    </message>
</context>
<context>
    <name>motcua::QualityIndex</name>
    <message>
        <source>The definition of the service-quality index is invalid: %1</source>
        <translation>Định nghĩa bộ chỉ số chất lượng phục vụ không hợp lệ: %1</translation>
    </message>
    <message>
        <source>No dossier in the period.</source>
        <translation>Không có hồ sơ trong kỳ.</translation>
    </message>
    <message>
        <source>the decision and the source must be named.</source>
        <translation>phải nêu quyết định và nguồn.</translation>
    </message>
    <message>
        <source>an indicator has no id or a repeated one.</source>
        <translation>có chỉ số thiếu mã hoặc trùng mã.</translation>
    </message>
    <message>
        <source>indicator %1 has the unknown kind &apos;%2&apos;.</source>
        <translation>chỉ số %1 có loại không biết &apos;%2&apos;.</translation>
    </message>
    <message>
        <source>indicator %1 needs a name, a formula, a maximum above 0 and full marks from 1 to 100 %.</source>
        <translation>chỉ số %1 cần có tên, công thức, điểm tối đa lớn hơn 0 và ngưỡng đạt điểm tối đa từ 1 đến 100 %.</translation>
    </message>
    <message>
        <source>it lists no indicator.</source>
        <translation>không có chỉ số nào.</translation>
    </message>
    <message>
        <source>Late share %1 % (the dossiers listed); complaints are not known here, so the indicator cannot be computed.</source>
        <translation>Tỷ lệ hồ sơ trễ hạn %1 % (các hồ sơ trong danh sách); số phản ánh, kiến nghị không được biết tại đây nên chưa tính được chỉ số.</translation>
    </message>
    <message>
        <source>No dossier in the period; complaints are not known here.</source>
        <translation>Không có hồ sơ trong kỳ; số phản ánh, kiến nghị không được biết tại đây.</translation>
    </message>
    <message>
        <source>The national system multiplies by its sync rate, which is not known here.</source>
        <translation>Hệ thống quốc gia nhân thêm tỷ lệ đồng bộ, tỷ lệ này không được biết tại đây.</translation>
    </message>
    <message>
        <source>%1 dossiers with fees. The app records fees paid in cash at the counter; payments through the national platform are not known here.</source>
        <translation>%1 hồ sơ có phí, lệ phí. Ứng dụng chỉ ghi nhận phí nộp tiền mặt tại quầy; thanh toán qua Cổng Dịch vụ công quốc gia không được biết tại đây.</translation>
    </message>
    <message>
        <source>Counted: dossiers with a result file scanned or imported here. The national system also needs the result&apos;s code and a download link on the portal.</source>
        <translation>Được tính: hồ sơ có tệp kết quả được quét hoặc nhập tại đây. Hệ thống quốc gia còn cần mã kết quả và đường dẫn tải tệp trên cổng.</translation>
    </message>
    <message>
        <source>Every paper handed in scanned or imported: %1 dossiers; a result file: %2; both: %3.</source>
        <translation>Mọi giấy tờ đã nộp đều được quét hoặc nhập: %1 hồ sơ; có tệp kết quả: %2; cả hai: %3.</translation>
    </message>
    <message>
        <source>As the national system reads the synced flag HoSoCoThanhPhanSoHoa: at least one paper scanned or imported here. The app does not record reuse of a paper digitized before.</source>
        <translation>Theo cách hệ thống quốc gia đọc cờ đồng bộ HoSoCoThanhPhanSoHoa: có ít nhất một giấy tờ được quét hoặc nhập tại đây. Ứng dụng không ghi nhận việc dùng lại giấy tờ đã số hóa trước đó.</translation>
    </message>
    <message>
        <source>The app makes no population-database check. The identity was read from the chip ID card&apos;s QR for %1 of %2 dossiers; that is not a check.</source>
        <translation>Ứng dụng không tra cứu Cơ sở dữ liệu quốc gia về dân cư. Thông tin nhân thân được đọc từ mã QR trên thẻ căn cước gắn chip ở %1 trên %2 hồ sơ; việc đó không phải là tra cứu.</translation>
    </message>
</context>
<context>
    <name>motcua::QualityIndexSection</name>
    <message>
        <source>Period:</source>
        <translation>Kỳ:</translation>
    </message>
    <message>
        <source>Last quarter</source>
        <translation>Quý trước</translation>
    </message>
    <message>
        <source>This quarter</source>
        <translation>Quý này</translation>
    </message>
    <message>
        <source>Last year</source>
        <translation>Năm trước</translation>
    </message>
    <message>
        <source>This year</source>
        <translation>Năm nay</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>Chỉ số</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Giá trị</translation>
    </message>
    <message>
        <source>Dossiers counted</source>
        <translation>Hồ sơ được tính</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>Điểm</translation>
    </message>
    <message>
        <source>&amp;List its dossiers…</source>
        <translation>&amp;Xem danh sách hồ sơ…</translation>
    </message>
    <message>
        <source>The dossiers behind the selected figure; a click on its &quot;Dossiers counted&quot; cell does the same.</source>
        <translation>Các hồ sơ làm nên số liệu đang chọn; bấm vào ô &quot;Hồ sơ được tính&quot; cũng mở danh sách này.</translation>
    </message>
    <message>
        <source>no data</source>
        <translation>chưa có dữ liệu</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>Click to list these dossiers.</source>
        <translation>Bấm để xem danh sách các hồ sơ này.</translation>
    </message>
    <message>
        <source>%1 – %2 · points of the indicators computed here: %3 of %4</source>
        <translation>%1 – %2 · điểm của các chỉ số tính được tại đây: %3 / %4</translation>
    </message>
    <message>
        <source>Formulas: %1. Source: %2</source>
        <translation>Công thức theo %1. Nguồn: %2</translation>
    </message>
    <message>
        <source>Formula:</source>
        <translation>Công thức:</translation>
    </message>
</context>
<context>
    <name>motcua::QualityRepository</name>
    <message>
        <source>reading the service-quality figures</source>
        <translation>đọc số liệu chất lượng phục vụ</translation>
    </message>
</context>
<context>
    <name>motcua::QualityService</name>
    <message>
        <source>The period is invalid: the first day must be on or before the last day.</source>
        <translation>Khoảng thời gian không hợp lệ: ngày đầu tiên phải trước hoặc trùng ngày cuối cùng.</translation>
    </message>
</context>
<context>
    <name>motcua::ReportCommands</name>
    <message>
        <source>No department has the code &apos;%1&apos;.</source>
        <translation>Không có cơ quan nào mã &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>The periodic report on the results of handling administrative procedures (form 06 family): per department or field, dossiers received (carried over, online, counter and postal), processed (early, on time, late) and pending (not yet due, overdue) in a period. PDF and XLSX need --out; CSV and JSON go to standard output without it.</source>
        <translation>Báo cáo định kỳ tình hình, kết quả giải quyết thủ tục hành chính (nhóm mẫu 06): theo cơ quan hoặc lĩnh vực, số hồ sơ tiếp nhận (kỳ trước chuyển sang, trực tuyến, trực tiếp và qua bưu chính), đã giải quyết (trước hạn, đúng hạn, quá hạn) và đang giải quyết (trong hạn, quá hạn) trong kỳ. PDF và XLSX cần --out; CSV và JSON xuất ra đầu ra chuẩn nếu không có --out.</translation>
    </message>
    <message>
        <source>First day of the period (YYYY-MM-DD).</source>
        <translation>Ngày đầu kỳ (YYYY-MM-DD).</translation>
    </message>
    <message>
        <source>Last day of the period, included (YYYY-MM-DD).</source>
        <translation>Ngày cuối kỳ, tính cả ngày này (YYYY-MM-DD).</translation>
    </message>
    <message>
        <source>Rows per department or per field (default department).</source>
        <translation>Mỗi dòng là một cơ quan hoặc một lĩnh vực (mặc định department).</translation>
    </message>
    <message>
        <source>pdf, xlsx, csv or json (default: from the --out file name, else json).</source>
        <translation>pdf, xlsx, csv hoặc json (mặc định: theo tên tệp --out, nếu không thì json).</translation>
    </message>
    <message>
        <source>The file to write.</source>
        <translation>Tệp cần ghi.</translation>
    </message>
    <message>
        <source>Only this department (its code).</source>
        <translation>Chỉ cơ quan này (mã cơ quan).</translation>
    </message>
    <message>
        <source>all: every dossier this workstation holds (on a workstation that follows a center, the whole center&apos;s); station: only those received here (default all).</source>
        <translation>all: mọi hồ sơ có trên máy trạm này (trên máy trạm theo một trung tâm: của toàn trung tâm); station: chỉ hồ sơ tiếp nhận tại đây (mặc định all).</translation>
    </message>
    <message>
        <source>unexpected argument &apos;%1&apos;.</source>
        <translation>tham số &apos;%1&apos; không được mong đợi.</translation>
    </message>
    <message>
        <source>--from and --to are required dates (YYYY-MM-DD).</source>
        <translation>cần có --from và --to là ngày (YYYY-MM-DD).</translation>
    </message>
    <message>
        <source>--by is department or field.</source>
        <translation>--by phải là department hoặc field.</translation>
    </message>
    <message>
        <source>--scope is all or station.</source>
        <translation>--scope là all hoặc station.</translation>
    </message>
    <message>
        <source>--format is pdf, xlsx, csv or json.</source>
        <translation>--format phải là pdf, xlsx, csv hoặc json.</translation>
    </message>
    <message>
        <source>give --format: the file name does not say which.</source>
        <translation>hãy cho --format: tên tệp không cho biết định dạng.</translation>
    </message>
    <message>
        <source>--out FILE is required for PDF and XLSX.</source>
        <translation>cần có --out TỆP cho PDF và XLSX.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Không ghi được %1: %2</translation>
    </message>
    <message>
        <source>Report %1 – %2 written to %3 (%4 received, %5 processed, %6 pending).</source>
        <translation>Đã ghi báo cáo %1 – %2 vào %3 (%4 tiếp nhận, %5 đã giải quyết, %6 đang giải quyết).</translation>
    </message>
    <message>
        <source>The day&apos;s figures of the dashboard: received at the counter, online and by post, results returned, due that day, overdue and awaiting a supplement, in total and per department.</source>
        <translation>Số liệu trong ngày của bảng tổng hợp: tiếp nhận trực tiếp, trực tuyến và qua bưu chính, đã trả kết quả, đến hạn trong ngày, quá hạn và chờ bổ sung, tổng cộng và theo từng cơ quan.</translation>
    </message>
    <message>
        <source>The day (YYYY-MM-DD; default today).</source>
        <translation>Ngày (YYYY-MM-DD; mặc định hôm nay).</translation>
    </message>
    <message>
        <source>--date is a date (YYYY-MM-DD).</source>
        <translation>--date phải là ngày (YYYY-MM-DD).</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Tổng cộng</translation>
    </message>
    <message>
        <source>Figures of %1 (as of %2):</source>
        <translation>Số liệu ngày %1 (tính đến %2):</translation>
    </message>
    <message>
        <source>DEPARTMENT</source>
        <translation>CƠ QUAN</translation>
    </message>
    <message>
        <source>COUNTER</source>
        <translation>TRỰC TIẾP</translation>
    </message>
    <message>
        <source>ONLINE</source>
        <translation>TRỰC TUYẾN</translation>
    </message>
    <message>
        <source>POSTAL</source>
        <translation>BƯU CHÍNH</translation>
    </message>
    <message>
        <source>RETURNED</source>
        <translation>ĐÃ TRẢ</translation>
    </message>
    <message>
        <source>DUE</source>
        <translation>ĐẾN HẠN</translation>
    </message>
    <message>
        <source>OVERDUE</source>
        <translation>QUÁ HẠN</translation>
    </message>
    <message>
        <source>SUPPLEMENT</source>
        <translation>BỔ SUNG</translation>
    </message>
</context>
<context>
    <name>motcua::ReportExport</name>
    <message>
        <source>Unknown report format.</source>
        <translation>Định dạng báo cáo không xác định.</translation>
    </message>
</context>
<context>
    <name>motcua::ReportExportDialog</name>
    <message>
        <source>Export the periodic report</source>
        <translation>Xuất báo cáo định kỳ</translation>
    </message>
    <message>
        <source>Last month</source>
        <translation>Tháng trước</translation>
    </message>
    <message>
        <source>Last quarter</source>
        <translation>Quý trước</translation>
    </message>
    <message>
        <source>This year</source>
        <translation>Năm nay</translation>
    </message>
    <message>
        <source>Last year</source>
        <translation>Năm trước</translation>
    </message>
    <message>
        <source>Other dates</source>
        <translation>Khoảng ngày khác</translation>
    </message>
    <message>
        <source>By department</source>
        <translation>Theo cơ quan</translation>
    </message>
    <message>
        <source>By field of procedures</source>
        <translation>Theo lĩnh vực thủ tục</translation>
    </message>
    <message>
        <source>PDF (to print)</source>
        <translation>PDF (để in)</translation>
    </message>
    <message>
        <source>Excel workbook (XLSX)</source>
        <translation>Bảng tính Excel (XLSX)</translation>
    </message>
    <message>
        <source>CSV (UTF-8)</source>
        <translation>CSV (UTF-8)</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Chọn…</translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation>&amp;Kỳ báo cáo:</translation>
    </message>
    <message>
        <source>&amp;Dates:</source>
        <translation>&amp;Ngày:</translation>
    </message>
    <message>
        <source>&amp;Rows:</source>
        <translation>&amp;Dòng:</translation>
    </message>
    <message>
        <source>F&amp;ormat:</source>
        <translation>Định dạn&amp;g:</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Tệp:</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Xuất</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Đóng</translation>
    </message>
    <message>
        <source>Save the report</source>
        <translation>Lưu báo cáo</translation>
    </message>
    <message>
        <source>Choose the file to write.</source>
        <translation>Hãy chọn tệp cần ghi.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Không ghi được %1: %2</translation>
    </message>
    <message>
        <source>Saved %1: %2 received, %3 processed, %4 pending.</source>
        <translation>Đã lưu %1: %2 hồ sơ tiếp nhận, %3 đã giải quyết, %4 đang giải quyết.</translation>
    </message>
    <message>
        <source>The whole center (every counter&apos;s dossiers held here)</source>
        <translation>Toàn trung tâm (hồ sơ của mọi quầy có trên máy này)</translation>
    </message>
    <message>
        <source>Only the dossiers received at this workstation</source>
        <translation>Chỉ hồ sơ tiếp nhận tại máy trạm này</translation>
    </message>
    <message>
        <source>&amp;Counting:</source>
        <translation>&amp;Phạm vi:</translation>
    </message>
</context>
<context>
    <name>motcua::ReportRepository</name>
    <message>
        <source>counting the day&apos;s dossiers</source>
        <translation>đếm hồ sơ trong ngày</translation>
    </message>
    <message>
        <source>reading the departments</source>
        <translation>đọc danh sách cơ quan</translation>
    </message>
    <message>
        <source>preparing the report</source>
        <translation>chuẩn bị báo cáo</translation>
    </message>
    <message>
        <source>counting dossiers per day</source>
        <translation>đếm hồ sơ theo từng ngày</translation>
    </message>
    <message>
        <source>reading the center&apos;s dossiers</source>
        <translation>đọc hồ sơ của trung tâm</translation>
    </message>
</context>
<context>
    <name>motcua::ReportService</name>
    <message>
        <source>The report period is invalid: the first day must be on or before the last day.</source>
        <translation>Kỳ báo cáo không hợp lệ: ngày đầu tiên phải trước hoặc trùng ngày cuối cùng.</translation>
    </message>
    <message>
        <source>(no field)</source>
        <translation>(không có trường)</translation>
    </message>
    <message>
        <source>The day is invalid.</source>
        <translation>Ngày không hợp lệ.</translation>
    </message>
    <message>
        <source>The period is invalid: the first day must be on or before the last day.</source>
        <translation>Khoảng thời gian không hợp lệ: ngày đầu tiên phải trước hoặc trùng ngày cuối cùng.</translation>
    </message>
    <message>
        <source>Received on %1 (%2)</source>
        <translation>Tiếp nhận ngày %1 (%2)</translation>
    </message>
    <message>
        <source>Received on %1</source>
        <translation>Tiếp nhận ngày %1</translation>
    </message>
    <message>
        <source>Received from %1 to %2</source>
        <translation>Tiếp nhận từ %1 đến %2</translation>
    </message>
    <message>
        <source>Results returned on %1</source>
        <translation>Trả kết quả ngày %1</translation>
    </message>
    <message>
        <source>Due on %1</source>
        <translation>Đến hạn ngày %1</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Quá hạn</translation>
    </message>
    <message>
        <source>Awaiting a supplement</source>
        <translation>Chờ bổ sung</translation>
    </message>
</context>
<context>
    <name>motcua::ReportXlsx</name>
    <message>
        <source>Cannot create a temporary folder for the workbook.</source>
        <translation>Không tạo được thư mục tạm cho bảng tính.</translation>
    </message>
    <message>
        <source>Cannot start the workbook.</source>
        <translation>Không khởi tạo được bảng tính.</translation>
    </message>
    <message>
        <source>Writing the workbook failed: %1</source>
        <translation>Ghi bảng tính không thành công: %1</translation>
    </message>
    <message>
        <source>Cannot read the workbook back: %1</source>
        <translation>Không đọc lại được bảng tính: %1</translation>
    </message>
</context>
<context>
    <name>motcua::ResultFileImport</name>
    <message>
        <source>Cannot read %1.</source>
        <translation>Không đọc được %1.</translation>
    </message>
</context>
<context>
    <name>motcua::RetentionRepository</name>
    <message>
        <source>removing old records</source>
        <translation>xóa dữ liệu đã hết thời hạn lưu giữ</translation>
    </message>
</context>
<context>
    <name>motcua::RetentionService</name>
    <message>
        <source>remove old records (store purge)</source>
        <translation>xóa dữ liệu đã hết thời hạn lưu giữ (store purge)</translation>
    </message>
</context>
<context>
    <name>motcua::ReturnDialog</name>
    <message>
        <source>Return the result of %1</source>
        <translation>Trả kết quả hồ sơ %1</translation>
    </message>
    <message>
        <source>%1 — %2
%3</source>
        <translation>%1 — %2
%3</translation>
    </message>
    <message>
        <source>The applicant collects it in person</source>
        <translation>Người nộp trực tiếp nhận kết quả</translation>
    </message>
    <message>
        <source>An ID number has 12 digits (citizen ID card), 9 digits (old ID card), or is a passport number such as B1234567.</source>
        <translation>Số giấy tờ tùy thân gồm 12 chữ số (căn cước công dân), 9 chữ số (chứng minh nhân dân cũ), hoặc là số hộ chiếu, ví dụ B1234567.</translation>
    </message>
    <message>
        <source>Result of the procedure</source>
        <translation>Kết quả giải quyết thủ tục</translation>
    </message>
    <message>
        <source>Fees settled (%1)</source>
        <translation>Đã nộp đủ phí, lệ phí (%1)</translation>
    </message>
    <message>
        <source>No fees due</source>
        <translation>Không phải nộp phí, lệ phí</translation>
    </message>
    <message>
        <source>Collected by (&amp;name):</source>
        <translation>Người nhận (&amp;họ tên):</translation>
    </message>
    <message>
        <source>&amp;ID number:</source>
        <translation>&amp;Số giấy tờ tùy thân:</translation>
    </message>
    <message>
        <source>&amp;When:</source>
        <translation>&amp;Thời điểm:</translation>
    </message>
    <message>
        <source>Result &amp;papers handed over:</source>
        <translation>&amp;Giấy tờ kết quả đã trao:</translation>
    </message>
    <message>
        <source>N&amp;ote:</source>
        <translation>Gh&amp;i chú:</translation>
    </message>
    <message>
        <source>Record the return (Ctrl+Enter)</source>
        <translation>Ghi nhận trả kết quả (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <source>Type the name of the person who collects the result.</source>
        <translation>Hãy nhập tên người nhận kết quả.</translation>
    </message>
    <message>
        <source>Tick the result papers handed over.</source>
        <translation>Hãy đánh dấu các giấy tờ kết quả đã trao.</translation>
    </message>
    <message>
        <source>optional: the result&apos;s scan or file (PDF or image)</source>
        <translation>không bắt buộc: bản quét hoặc tệp kết quả (PDF hoặc ảnh)</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Chọn…</translation>
    </message>
    <message>
        <source>Result file</source>
        <translation>Tệp kết quả</translation>
    </message>
    <message>
        <source>Result &amp;file:</source>
        <translation>&amp;Tệp kết quả:</translation>
    </message>
</context>
<context>
    <name>motcua::ReturnsPage</name>
    <message>
        <source>Return results</source>
        <translation>Trả kết quả</translation>
    </message>
    <message>
        <source>Dossiers whose result is ready. Select one and press Enter to record who collected it.</source>
        <translation>Các hồ sơ đã có kết quả. Chọn một hồ sơ và nhấn Enter để ghi nhận người nhận kết quả.</translation>
    </message>
    <message>
        <source>Search: applicant name, dossier code, ID number or phone (Ctrl+F)</source>
        <translation>Tìm kiếm: tên người nộp, mã hồ sơ, số giấy tờ tùy thân hoặc điện thoại (Ctrl+F)</translation>
    </message>
    <message>
        <source>Return the result… (Ctrl+R)</source>
        <translation>Trả kết quả… (Ctrl+R)</translation>
    </message>
    <message>
        <source>Open the dossier</source>
        <translation>Mở hồ sơ</translation>
    </message>
    <message>
        <source>&lt;b&gt;Dossier ledger (form 06)&lt;/b&gt;</source>
        <translation>&lt;b&gt;Sổ theo dõi hồ sơ (mẫu 06)&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;Từ ngày:</translation>
    </message>
    <message>
        <source>T&amp;o:</source>
        <translation>Đến ngà&amp;y:</translation>
    </message>
    <message>
        <source>Export PDF…</source>
        <translation>Xuất PDF…</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>Xuất CSV…</translation>
    </message>
    <message>
        <source>%1 results ready to return shown, more as you scroll</source>
        <translation>Đang hiển thị %1 kết quả chờ trả, cuộn xuống để xem thêm</translation>
    </message>
    <message numerus="yes">
        <source>%n result(s) ready to return</source>
        <translation>
            <numerusform>%n kết quả chờ trả</numerusform>
        </translation>
    </message>
    <message>
        <source>Select the dossier whose result is handed back.</source>
        <translation>Hãy chọn hồ sơ cần trả kết quả.</translation>
    </message>
    <message>
        <source>Result of %1 handed to %2.</source>
        <translation>Đã trao kết quả hồ sơ %1 cho %2.</translation>
    </message>
    <message>
        <source>The end of the range is before its start.</source>
        <translation>Ngày kết thúc trước ngày bắt đầu.</translation>
    </message>
    <message>
        <source>Save the ledger as PDF</source>
        <translation>Lưu sổ theo dõi dạng PDF</translation>
    </message>
    <message>
        <source>Save the ledger as CSV</source>
        <translation>Lưu sổ theo dõi dạng CSV</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Tệp PDF (*.pdf)</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Tệp CSV (*.csv)</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Không ghi được %1: %2</translation>
    </message>
    <message>
        <source>Ledger saved to %1.</source>
        <translation>Đã lưu sổ theo dõi vào %1.</translation>
    </message>
</context>
<context>
    <name>motcua::RoleSignature</name>
    <message>
        <source>signing an account</source>
        <translation>ký tài khoản</translation>
    </message>
</context>
<context>
    <name>motcua::Roles</name>
    <message>
        <source>Your role (%1) does not allow: %2.</source>
        <translation>Vai trò của bạn (%1) không được phép: %2.</translation>
    </message>
</context>
<context>
    <name>motcua::SaneBackend</name>
    <message>
        <source>The scanner cannot scan in %1.</source>
        <translation>Máy quét không quét được ở chế độ %1.</translation>
    </message>
    <message>
        <source>The scanner has no %1.</source>
        <translation>Máy quét không có %1.</translation>
    </message>
    <message>
        <source>The scanner refused the option %1 = %2: %3</source>
        <translation>Máy quét từ chối tùy chọn %1 = %2: %3</translation>
    </message>
    <message>
        <source>The scanner sent an image format MotCua Desk cannot read.</source>
        <translation>Máy quét gửi về định dạng ảnh mà MotCua Desk không đọc được.</translation>
    </message>
    <message>
        <source>The scanner sent an empty page.</source>
        <translation>Máy quét gửi về một trang trống.</translation>
    </message>
</context>
<context>
    <name>motcua::SaneSession</name>
    <message>
        <source>There is no scanner called %1: check that it is plugged in and switched on, then refresh the list of scanners.</source>
        <translation>Không có máy quét nào tên %1: hãy kiểm tra máy quét đã được cắm và bật, rồi làm mới danh sách máy quét.</translation>
    </message>
    <message>
        <source>The paper is jammed in the scanner. Open the scanner, take the paper out, then scan the remaining pages again.</source>
        <translation>Giấy bị kẹt trong máy quét. Hãy mở máy quét, lấy giấy ra rồi quét lại các trang còn lại.</translation>
    </message>
    <message>
        <source>There is no paper in the feeder. Put the papers in the feeder and scan again.</source>
        <translation>Khay nạp giấy không có giấy. Hãy đặt giấy tờ vào khay rồi quét lại.</translation>
    </message>
    <message>
        <source>The scanner&apos;s cover is open. Close it and scan again.</source>
        <translation>Nắp máy quét đang mở. Hãy đóng nắp rồi quét lại.</translation>
    </message>
    <message>
        <source>The scanner is busy, perhaps used by another program. Try again in a moment.</source>
        <translation>Máy quét đang bận, có thể do chương trình khác đang dùng. Hãy thử lại sau giây lát.</translation>
    </message>
    <message>
        <source>The scanner stopped answering. Check that it is plugged in and switched on, then scan again.</source>
        <translation>Máy quét không phản hồi nữa. Hãy kiểm tra máy đã cắm và bật nguồn, rồi quét lại.</translation>
    </message>
    <message>
        <source>There is not enough memory to scan. Lower the resolution or scan fewer pages.</source>
        <translation>Không đủ bộ nhớ để quét. Hãy giảm độ phân giải hoặc quét ít trang hơn.</translation>
    </message>
    <message>
        <source>This computer account may not use the scanner. Ask the administrator to give it access.</source>
        <translation>Tài khoản máy tính này không được dùng máy quét. Hãy đề nghị quản trị viên cấp quyền.</translation>
    </message>
    <message>
        <source>The scanner refused these settings. Choose another resolution, mode or source.</source>
        <translation>Máy quét không nhận các thiết lập này. Hãy chọn độ phân giải, chế độ hoặc nguồn giấy khác.</translation>
    </message>
    <message>
        <source>The scanner cannot do this. Choose another mode or source.</source>
        <translation>Máy quét không làm được việc này. Hãy chọn chế độ hoặc nguồn giấy khác.</translation>
    </message>
    <message>
        <source>The scanner reported an error: %1</source>
        <translation>Máy quét báo lỗi: %1</translation>
    </message>
</context>
<context>
    <name>motcua::ScanCommand</name>
    <message>
        <source>Page %1 scanned.
</source>
        <translation>Đã quét trang %1.
</translation>
    </message>
    <message>
        <source>Scans one page from the flatbed, or a batch from the feeder, into one PDF: blank borders and blank pages can be removed, and a grey A4 page at 200 dpi takes at most 150 KB. --list shows the scanners. Needs no database.</source>
        <translation>Quét một trang từ mặt kính, hoặc một loạt trang từ khay nạp giấy, thành một tệp PDF: có thể bỏ lề trắng và trang trắng, một trang A4 thang xám ở 200 dpi chiếm tối đa 150 KB. --list liệt kê các máy quét. Không cần cơ sở dữ liệu.</translation>
    </message>
    <message>
        <source>List the scanners and exit.</source>
        <translation>Liệt kê các máy quét rồi thoát.</translation>
    </message>
    <message>
        <source>The scanner, as --list names it.</source>
        <translation>Máy quét, theo tên mà --list hiển thị.</translation>
    </message>
    <message>
        <source>Scan from the feeder, at most N pages (0: until it is empty).</source>
        <translation>Quét từ khay nạp giấy, tối đa N trang (0: đến khi hết giấy).</translation>
    </message>
    <message>
        <source>150, 200 or 300 (default 200).</source>
        <translation>150, 200 hoặc 300 (mặc định 200).</translation>
    </message>
    <message>
        <source>grey, color or bw (default grey).</source>
        <translation>grey, color hoặc bw (mặc định grey).</translation>
    </message>
    <message>
        <source>flatbed, feeder or duplex (default: feeder with --pages, else flatbed).</source>
        <translation>flatbed, feeder hoặc duplex (mặc định: feeder nếu có --pages, nếu không thì flatbed).</translation>
    </message>
    <message>
        <source>Leave out blank pages.</source>
        <translation>Bỏ các trang trắng.</translation>
    </message>
    <message>
        <source>Crop blank borders.</source>
        <translation>Cắt bỏ lề trắng.</translation>
    </message>
    <message>
        <source>The PDF file to write.</source>
        <translation>Tệp PDF cần ghi.</translation>
    </message>
    <message>
        <source>No scanner found.</source>
        <translation>Không tìm thấy máy quét nào.</translation>
    </message>
    <message>
        <source>This build cannot drive scanners.</source>
        <translation>Bản dựng này không điều khiển được máy quét.</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>Thiết bị</translation>
    </message>
    <message>
        <source>Scanner</source>
        <translation>Máy quét</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Loại</translation>
    </message>
    <message>
        <source>--device NAME is required (see --list).</source>
        <translation>cần có --device TÊN (xem --list).</translation>
    </message>
    <message>
        <source>--out FILE.pdf is required.</source>
        <translation>cần có --out TỆP.pdf.</translation>
    </message>
    <message>
        <source>--dpi is 150, 200 or 300.</source>
        <translation>--dpi phải là 150, 200 hoặc 300.</translation>
    </message>
    <message>
        <source>--mode is grey, color or bw.</source>
        <translation>--mode phải là grey, color hoặc bw.</translation>
    </message>
    <message>
        <source>--pages is a number, 0 for the whole feeder.</source>
        <translation>--pages phải là một số, 0 để quét hết khay nạp giấy.</translation>
    </message>
    <message>
        <source>--source is flatbed, feeder or duplex.</source>
        <translation>--source phải là flatbed, feeder hoặc duplex.</translation>
    </message>
    <message>
        <source>Every page was blank: nothing written.</source>
        <translation>Tất cả các trang đều trắng: không ghi gì.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Không ghi được %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n blank page(s) left out.</source>
        <translation>
            <numerusform>Đã bỏ %n trang trắng.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>motcua::ScanPanel</name>
    <message>
        <source>This computer cannot drive scanners: import the scanned files (PDF, JPEG, PNG, TIFF) with the button or drop them here.</source>
        <translation>Máy tính này không điều khiển được máy quét: hãy nhập các tệp đã quét (PDF, JPEG, PNG, TIFF) bằng nút bấm hoặc kéo thả vào đây.</translation>
    </message>
    <message>
        <source>Sc&amp;anner</source>
        <translation>&amp;Máy quét</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Làm mới</translation>
    </message>
    <message>
        <source>Look for scanners again</source>
        <translation>Tìm lại máy quét</translation>
    </message>
    <message>
        <source>&amp;Resolution</source>
        <translation>Độ phân &amp;giải</translation>
    </message>
    <message>
        <source>%1 dpi</source>
        <translation>%1 dpi</translation>
    </message>
    <message>
        <source>&amp;Mode</source>
        <translation>&amp;Chế độ</translation>
    </message>
    <message>
        <source>&amp;Paper in</source>
        <translation>&amp;Khay giấy</translation>
    </message>
    <message>
        <source>&amp;Scan</source>
        <translation>&amp;Quét</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <source>&amp;Import files…</source>
        <translation>&amp;Nhập tệp…</translation>
    </message>
    <message>
        <source>Drag a page, or Ctrl+Left / Ctrl+Right, to change the order; Delete removes it; Ctrl+R turns it. Files can be dropped here.</source>
        <translation>Kéo một trang, hoặc dùng Ctrl+Left / Ctrl+Right, để đổi thứ tự; Delete để xóa trang; Ctrl+R để xoay trang. Có thể kéo thả tệp vào đây.</translation>
    </message>
    <message>
        <source>◀ Move</source>
        <translation>◀ Chuyển</translation>
    </message>
    <message>
        <source>Move the page left (Ctrl+Left)</source>
        <translation>Chuyển trang sang trái (Ctrl+Left)</translation>
    </message>
    <message>
        <source>Move ▶</source>
        <translation>Chuyển ▶</translation>
    </message>
    <message>
        <source>Move the page right (Ctrl+Right)</source>
        <translation>Chuyển trang sang phải (Ctrl+Right)</translation>
    </message>
    <message>
        <source>↺ Turn left</source>
        <translation>↺ Xoay trái</translation>
    </message>
    <message>
        <source>↻ Turn right</source>
        <translation>↻ Xoay phải</translation>
    </message>
    <message>
        <source>Turn the page clockwise (Ctrl+R)</source>
        <translation>Xoay trang theo chiều kim đồng hồ (Ctrl+R)</translation>
    </message>
    <message>
        <source>Crop borders</source>
        <translation>Cắt viền</translation>
    </message>
    <message>
        <source>Delete page</source>
        <translation>Xóa trang</translation>
    </message>
    <message>
        <source>A&amp;ttach to</source>
        <translation>Đính kèm &amp;vào</translation>
    </message>
    <message>
        <source>Attach as one PDF</source>
        <translation>Đính kèm thành một tệp PDF</translation>
    </message>
    <message>
        <source>Looking for scanners…</source>
        <translation>Đang tìm máy quét…</translation>
    </message>
    <message>
        <source>No scanner found: plug one in and press Refresh</source>
        <translation>Không tìm thấy máy quét: hãy cắm máy quét rồi nhấn Làm mới</translation>
    </message>
    <message>
        <source>Page %1: %p%</source>
        <translation>Trang %1: %p%</translation>
    </message>
    <message numerus="yes">
        <source>%n page(s) scanned</source>
        <translation>
            <numerusform>Đã quét %n trang</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Scan cancelled; the %n page(s) already scanned are kept.</source>
        <translation>
            <numerusform>Đã hủy quét; %n trang đã quét vẫn được giữ lại.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 The %n page(s) scanned before are kept.</source>
        <translation>
            <numerusform>%1 %n trang đã quét trước đó vẫn được giữ lại.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n page(s) imported.</source>
        <translation>
            <numerusform>Đã nhập %n trang.</numerusform>
        </translation>
    </message>
    <message>
        <source>Import scanned papers</source>
        <translation>Nhập giấy tờ đã quét</translation>
    </message>
    <message>
        <source>No blank page found.</source>
        <translation>Không có trang trắng nào.</translation>
    </message>
    <message numerus="yes">
        <source>%n page(s) attached to %1.</source>
        <translation>
            <numerusform>Đã đính kèm %n trang vào %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Bỏ</translation>
    </message>
    <message>
        <source>Drop &amp;blank pages…</source>
        <translation>&amp;Bỏ trang trắng…</translation>
    </message>
    <message>
        <source>Remove the pages with nothing on them, after asking; dark pages are kept</source>
        <translation>Bỏ các trang không có nội dung, sau khi hỏi lại; các trang tối màu được giữ lại</translation>
    </message>
    <message>
        <source>↶ Undo</source>
        <translation>↶ Hoàn tác</translation>
    </message>
    <message numerus="yes">
        <source>%n dark page(s) (%1) are kept: check that the scanner&apos;s lid was closed.</source>
        <translation>
            <numerusform>%n trang tối màu (%1) được giữ lại: hãy kiểm tra nắp máy quét đã đóng chưa.</numerusform>
        </translation>
    </message>
    <message>
        <source>Drop blank pages</source>
        <translation>Bỏ trang trắng</translation>
    </message>
    <message numerus="yes">
        <source>Remove %n blank page(s): page(s) %1? Undo (Ctrl+Z) brings them back.</source>
        <translation>
            <numerusform>Bỏ %n trang trắng: trang %1? Có thể lấy lại bằng Hoàn tác (Ctrl+Z).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n blank page(s) dropped. Undo (Ctrl+Z) brings them back.</source>
        <translation>
            <numerusform>Đã bỏ %n trang trắng. Hoàn tác (Ctrl+Z) để lấy lại.</numerusform>
        </translation>
    </message>
    <message>
        <source>Undone: %1.</source>
        <translation>Đã hoàn tác: %1.</translation>
    </message>
    <message>
        <source>Done again: %1.</source>
        <translation>Đã làm lại: %1.</translation>
    </message>
    <message>
        <source>Undo: %1 (Ctrl+Z)</source>
        <translation>Hoàn tác: %1 (Ctrl+Z)</translation>
    </message>
    <message>
        <source>Nothing to undo</source>
        <translation>Không có gì để hoàn tác</translation>
    </message>
</context>
<context>
    <name>motcua::ScanTypes</name>
    <message>
        <source>Colour</source>
        <translation>Màu</translation>
    </message>
    <message>
        <source>Grey</source>
        <translation>Xám</translation>
    </message>
    <message>
        <source>Black and white</source>
        <translation>Đen trắng</translation>
    </message>
    <message>
        <source>Flatbed (one page)</source>
        <translation>Mặt kính (một trang)</translation>
    </message>
    <message>
        <source>Feeder</source>
        <translation>Khay nạp giấy</translation>
    </message>
    <message>
        <source>Feeder, both sides</source>
        <translation>Khay nạp giấy, hai mặt</translation>
    </message>
</context>
<context>
    <name>motcua::ScannerBackend</name>
    <message>
        <source>This build of MotCua Desk cannot drive scanners; import the scanned files instead.</source>
        <translation>Bản dựng MotCua Desk này không điều khiển được máy quét; hãy nhập các tệp đã quét thay thế.</translation>
    </message>
    <message>
        <source>The scan was cancelled.</source>
        <translation>Đã hủy quét.</translation>
    </message>
</context>
<context>
    <name>motcua::SearchCommand</name>
    <message>
        <source>Finds dossiers by dossier code, ID number, phone number, or the applicant&apos;s name; diacritics are optional (&quot;dang van duc&quot; finds &quot;Đặng Văn Đức&quot;). Newest first.</source>
        <translation>Tìm hồ sơ theo mã hồ sơ, số giấy tờ tùy thân, số điện thoại hoặc tên người nộp; gõ không dấu cũng được (&quot;dang van duc&quot; tìm ra &quot;Đặng Văn Đức&quot;). Hồ sơ mới nhất trước.</translation>
    </message>
    <message>
        <source>What to look for.</source>
        <translation>Nội dung cần tìm.</translation>
    </message>
    <message>
        <source>At most N dossiers (default 50).</source>
        <translation>Tối đa N hồ sơ (mặc định 50).</translation>
    </message>
    <message>
        <source>give the TEXT to look for.</source>
        <translation>hãy cho NỘI DUNG cần tìm.</translation>
    </message>
    <message>
        <source>Invalid --limit &apos;%1&apos;: 1 to 10000.</source>
        <translation>--limit &apos;%1&apos; không hợp lệ: từ 1 đến 10000.</translation>
    </message>
    <message>
        <source>No dossier found.</source>
        <translation>Không tìm thấy hồ sơ nào.</translation>
    </message>
    <message>
        <source>CODE</source>
        <translation>MÃ</translation>
    </message>
    <message>
        <source>APPLICANT</source>
        <translation>NGƯỜI NỘP</translation>
    </message>
    <message>
        <source>PROCEDURE</source>
        <translation>THỦ TỤC</translation>
    </message>
    <message>
        <source>STATE</source>
        <translation>TRẠNG THÁI</translation>
    </message>
    <message>
        <source>RECEIVED</source>
        <translation>TIẾP NHẬN</translation>
    </message>
    <message>
        <source>APPOINTMENT</source>
        <translation>HẸN TRẢ</translation>
    </message>
</context>
<context>
    <name>motcua::SeedCommand</name>
    <message>
        <source><byte value="xd"/>seeding %1 / %2 dossiers (%3 %), %4 rows/s, %5 s left </source>
        <translation><byte value="xd"/>đang tạo %1 / %2 hồ sơ (%3 %), %4 dòng/giây, còn %5 giây </translation>
    </message>
    <message>
        <source>Fills a new database with realistic dossiers of the demo center: Vietnamese names, addresses across the province, every department and channel, histories and statuses consistent with the dates. The same seed gives the same data. The database must hold no dossiers yet.</source>
        <translation>Tạo dữ liệu hồ sơ giống thực tế cho trung tâm mẫu trong một cơ sở dữ liệu mới: họ tên người Việt, địa chỉ khắp tỉnh, đủ mọi cơ quan và hình thức nộp, quá trình xử lý và trạng thái khớp với các mốc thời gian. Cùng một seed cho ra cùng một dữ liệu. Cơ sở dữ liệu phải chưa có hồ sơ nào.</translation>
    </message>
    <message>
        <source>How many dossiers (default 100000).</source>
        <translation>Số lượng hồ sơ (mặc định 100000).</translation>
    </message>
    <message>
        <source>Years of history, ending now (default 10).</source>
        <translation>Số năm dữ liệu, tính đến hiện tại (mặc định 10).</translation>
    </message>
    <message>
        <source>Seed of the random generator (default 1).</source>
        <translation>Seed của bộ sinh số ngẫu nhiên (mặc định 1).</translation>
    </message>
    <message>
        <source>Dossiers per transaction (default 50000).</source>
        <translation>Số hồ sơ mỗi giao dịch (mặc định 50000).</translation>
    </message>
    <message>
        <source>Keep portal outbox rows for dossiers of the last D days; 0: for every dossier (default 30).</source>
        <translation>Giữ các dòng hàng đợi gửi lên cổng dịch vụ công cho hồ sơ của D ngày gần nhất; 0: cho mọi hồ sơ (mặc định 30).</translation>
    </message>
    <message>
        <source>No progress display.</source>
        <translation>Không hiển thị tiến độ.</translation>
    </message>
    <message>
        <source>seed takes no arguments.</source>
        <translation>seed không nhận đối số.</translation>
    </message>
    <message>
        <source>--dossiers: a number from 1 to 100000000.</source>
        <translation>--dossiers: một số từ 1 đến 100000000.</translation>
    </message>
    <message>
        <source>--years: a number from 1 to 50.</source>
        <translation>--years: một số từ 1 đến 50.</translation>
    </message>
    <message>
        <source>--seed: a non-negative whole number.</source>
        <translation>--seed: một số nguyên không âm.</translation>
    </message>
    <message>
        <source>--batch: a number from 1000 to 10000000.</source>
        <translation>--batch: một số từ 1000 đến 10000000.</translation>
    </message>
    <message>
        <source>--outbox-days: a number from 0 to 36500.</source>
        <translation>--outbox-days: một số từ 0 đến 36500.</translation>
    </message>
    <message>
        <source>%1 dossiers received %2 – %3 (%4 open, %5 overdue), %6 history events, %7 papers, %8 fees, %9 outbox rows; %10 s.</source>
        <translation>%1 hồ sơ tiếp nhận từ %2 – %3 (%4 đang giải quyết, %5 quá hạn), %6 mốc xử lý, %7 giấy tờ, %8 khoản phí, lệ phí, %9 dòng hàng đợi gửi cổng; %10 giây.</translation>
    </message>
</context>
<context>
    <name>motcua::Settings</name>
    <message>
        <source>Name of the service center</source>
        <translation>Tên trung tâm phục vụ hành chính công</translation>
    </message>
    <message>
        <source>Governing authority printed above the center&apos;s name</source>
        <translation>Cơ quan chủ quản, in phía trên tên trung tâm</translation>
    </message>
    <message>
        <source>Place name used in dated lines of printed forms</source>
        <translation>Địa danh ghi ở dòng ngày tháng trên các mẫu in</translation>
    </message>
    <message>
        <source>National agency identifier that starts every dossier code</source>
        <translation>Mã định danh cơ quan theo chuẩn quốc gia, đứng đầu mọi mã hồ sơ</translation>
    </message>
    <message>
        <source>Postal address of the center</source>
        <translation>Địa chỉ của trung tâm</translation>
    </message>
    <message>
        <source>Telephone number of the center</source>
        <translation>Số điện thoại của trung tâm</translation>
    </message>
    <message>
        <source>Web address where applicants look up a dossier; {code} is replaced by the dossier code</source>
        <translation>Địa chỉ web để người dân tra cứu hồ sơ; {code} được thay bằng mã hồ sơ</translation>
    </message>
    <message>
        <source>Number of this workstation within the center</source>
        <translation>Số hiệu của máy trạm này trong trung tâm</translation>
    </message>
    <message>
        <source>Number of workstations that share the fallback numbering range</source>
        <translation>Số máy trạm dùng chung dải số dự phòng</translation>
    </message>
    <message>
        <source>First daily sequence number of the offline fallback range</source>
        <translation>Số thứ tự đầu tiên trong ngày của dải số dự phòng ngoại tuyến</translation>
    </message>
    <message>
        <source>Sequence numbers leased per block</source>
        <translation>Số lượng số thứ tự cấp cho mỗi khối</translation>
    </message>
    <message>
        <source>Minimum free disk space for attachments, in MB: below it new scans are refused</source>
        <translation>Dung lượng đĩa trống tối thiểu cho tệp đính kèm, tính bằng MB: dưới mức này bản quét mới sẽ bị từ chối</translation>
    </message>
    <message>
        <source>Minutes during which a clerk may take back their own transfer that the department has not yet received (0: never)</source>
        <translation>Số phút cán bộ được thu hồi lần chuyển hồ sơ của chính mình khi cơ quan chưa tiếp nhận (0: không cho phép)</translation>
    </message>
    <message>
        <source>Working hours within which a dossier submitted online must be accepted, refused or sent back for a supplement</source>
        <translation>Số giờ làm việc trong đó hồ sơ nộp trực tuyến phải được tiếp nhận, từ chối hoặc yêu cầu bổ sung</translation>
    </message>
    <message>
        <source>Minutes an account stays locked after five wrong passwords, unless an administrator unlocks it sooner</source>
        <translation>Số phút một tài khoản bị tạm khóa sau năm lần nhập sai mật khẩu, trừ khi quản trị viên gỡ tạm khóa sớm hơn</translation>
    </message>
    <message>
        <source>Minutes without keyboard or mouse after which the desk locks and asks for the password again (0: never)</source>
        <translation>Số phút không dùng bàn phím hay chuột thì màn hình làm việc tự khóa và hỏi lại mật khẩu (0: không bao giờ)</translation>
    </message>
    <message>
        <source>Days after the portal acknowledged an item before its copy of the dossier is removed from the outbox (0: at the next purge)</source>
        <translation>Số ngày sau khi cổng dịch vụ công xác nhận một mục thì bản sao hồ sơ của mục đó được xóa khỏi hàng đợi (0: ở lần dọn dẹp kế tiếp)</translation>
    </message>
    <message>
        <source>Days an unfinished intake draft is kept</source>
        <translation>Số ngày giữ một bản nháp tiếp nhận chưa hoàn thành</translation>
    </message>
    <message>
        <source>Days a kept scan (not attached to a dossier) is kept</source>
        <translation>Số ngày giữ một bản quét giữ lại (chưa gắn vào hồ sơ)</translation>
    </message>
    <message>
        <source>Language of the user interface</source>
        <translation>Ngôn ngữ giao diện</translation>
    </message>
    <message>
        <source>Working hours of a working day</source>
        <translation>Giờ làm việc trong một ngày làm việc</translation>
    </message>
    <message>
        <source>Days off each week (1 = Monday ... 7 = Sunday)</source>
        <translation>Ngày nghỉ hằng tuần (1 = Thứ Hai ... 7 = Chủ Nhật)</translation>
    </message>
    <message>
        <source>How the periodic report counts withdrawn dossiers: on_time (processed on time), by_date (processed, early, on time or late by their dates) or excluded</source>
        <translation>Cách báo cáo định kỳ tính hồ sơ rút: on_time (đã giải quyết đúng hạn), by_date (đã giải quyết, trước hạn, đúng hạn hoặc quá hạn theo ngày thực tế) hoặc excluded (không tính)</translation>
    </message>
    <message>
        <source>How the periodic report counts stopped dossiers: by_date (closed when stopped, early, on time or late by the stop date) or excluded</source>
        <translation>Cách báo cáo định kỳ tính hồ sơ dừng xử lý: by_date (kết thúc khi dừng, trước hạn, đúng hạn hoặc quá hạn theo ngày dừng) hoặc excluded (không tính)</translation>
    </message>
    <message>
        <source>Address of the central portal (https://host:port)</source>
        <translation>Địa chỉ cổng dịch vụ công trung tâm (https://host:port)</translation>
    </message>
    <message>
        <source>Account of this center on the portal</source>
        <translation>Tài khoản của trung tâm này trên cổng dịch vụ công</translation>
    </message>
    <message>
        <source>Password of the portal account</source>
        <translation>Mật khẩu của tài khoản cổng dịch vụ công</translation>
    </message>
    <message>
        <source>PEM file of the certificate authority the portal&apos;s certificate must chain to</source>
        <translation>Tệp PEM của tổ chức cấp chứng thư mà chứng thư của cổng dịch vụ công phải được xác thực theo chuỗi</translation>
    </message>
    <message>
        <source>Base64 SHA-256 of the portal&apos;s public key; when set, any other key is refused</source>
        <translation>Mã SHA-256 dạng Base64 của khóa công khai của cổng dịch vụ công; khi đã đặt, mọi khóa khác đều bị từ chối</translation>
    </message>
    <message>
        <source>Address of the center&apos;s server this workstation joined (https://host:port)</source>
        <translation>Địa chỉ máy chủ trung tâm mà máy trạm này đã tham gia (https://máy:cổng)</translation>
    </message>
    <message>
        <source>PEM file of the certificate authority the center&apos;s certificate must chain to</source>
        <translation>Tệp PEM của tổ chức cấp chứng thư mà chứng thư của máy chủ trung tâm phải thuộc về</translation>
    </message>
    <message>
        <source>This workstation&apos;s account at the center (given when it joined)</source>
        <translation>Tài khoản của máy trạm này tại trung tâm (được cấp khi tham gia)</translation>
    </message>
    <message>
        <source>This workstation&apos;s credential at the center (given when it joined)</source>
        <translation>Khóa xác thực của máy trạm này tại trung tâm (được cấp khi tham gia)</translation>
    </message>
    <message>
        <source>Name of the center&apos;s server this workstation joined</source>
        <translation>Tên máy chủ trung tâm mà máy trạm này đã tham gia</translation>
    </message>
    <message>
        <source>Seconds between synchronisation passes while online</source>
        <translation>Số giây giữa các lượt đồng bộ khi trực tuyến</translation>
    </message>
    <message>
        <source>Seconds to wait for the portal before a request counts as failed</source>
        <translation>Số giây chờ cổng dịch vụ công trước khi coi yêu cầu là thất bại</translation>
    </message>
    <message>
        <source>Transfers to the portal at the same time</source>
        <translation>Số lượt truyền đồng thời lên cổng dịch vụ công</translation>
    </message>
    <message>
        <source>First wait in seconds before retrying a failed transfer</source>
        <translation>Thời gian chờ đầu tiên (giây) trước khi thử lại một lượt truyền thất bại</translation>
    </message>
    <message>
        <source>Longest wait in seconds between retries</source>
        <translation>Thời gian chờ dài nhất (giây) giữa các lần thử lại</translation>
    </message>
    <message>
        <source>Size in KiB of each piece of an attachment upload</source>
        <translation>Kích thước (KiB) của mỗi phần khi tải tệp đính kèm lên</translation>
    </message>
    <message>
        <source>History rows sent per request</source>
        <translation>Số dòng lịch sử gửi trong mỗi yêu cầu</translation>
    </message>
    <message>
        <source>Dossiers sent per request</source>
        <translation>Số hồ sơ gửi trong mỗi yêu cầu</translation>
    </message>
    <message>
        <source>Warn when an item waits longer than this many minutes</source>
        <translation>Cảnh báo khi một mục chờ lâu hơn số phút này</translation>
    </message>
    <message>
        <source>Warn when the procedure catalogue is older than this many days</source>
        <translation>Cảnh báo khi danh mục thủ tục cũ hơn số ngày này</translation>
    </message>
    <message>
        <source>Warn when the holiday calendar was last confirmed more than this many days ago</source>
        <translation>Cảnh báo khi lịch nghỉ lễ được xác nhận lần cuối cách đây hơn số ngày này</translation>
    </message>
    <message>
        <source>Shared secret (at least 16 characters) that signs and encrypts offline bundles for the portal</source>
        <translation>Khóa bí mật dùng chung (ít nhất 16 ký tự) để ký và mã hóa các gói dữ liệu ngoại tuyến gửi cổng dịch vụ công</translation>
    </message>
    <message>
        <source>Invalid value for %1: %2</source>
        <translation>Giá trị không hợp lệ cho %1: %2</translation>
    </message>
    <message>
        <source>write working hours as HH:MM-HH:MM, comma-separated, in order</source>
        <translation>ghi giờ làm việc dạng HH:MM-HH:MM, cách nhau bằng dấu phẩy, theo thứ tự</translation>
    </message>
    <message>
        <source>list distinct days 1 (Monday) to 7 (Sunday), comma-separated</source>
        <translation>liệt kê các ngày khác nhau từ 1 (Thứ Hai) đến 7 (Chủ Nhật), cách nhau bằng dấu phẩy</translation>
    </message>
    <message>
        <source>enter an http(s) address containing {code}</source>
        <translation>nhập địa chỉ http(s) có chứa {code}</translation>
    </message>
    <message>
        <source>a whole number</source>
        <translation>một số nguyên</translation>
    </message>
    <message>
        <source>text</source>
        <translation>văn bản</translation>
    </message>
    <message>
        <source>Unknown setting: %1</source>
        <translation>Thiết lập không tồn tại: %1</translation>
    </message>
    <message>
        <source>expected %1</source>
        <translation>cần %1</translation>
    </message>
    <message>
        <source>must be between %1 and %2</source>
        <translation>phải nằm trong khoảng từ %1 đến %2</translation>
    </message>
    <message numerus="yes">
        <source>must be one line of at most %n characters</source>
        <translation>
            <numerusform>phải là một dòng, tối đa %n ký tự</numerusform>
        </translation>
    </message>
    <message>
        <source>use capital letters and digits separated by dots, e.g. 000.00.06.H56</source>
        <translation>dùng chữ in hoa và chữ số, phân cách bằng dấu chấm, ví dụ 000.00.06.H56</translation>
    </message>
    <message>
        <source>choose vi or en</source>
        <translation>chọn vi hoặc en</translation>
    </message>
    <message>
        <source>choose one of: %1</source>
        <translation>chọn một trong: %1</translation>
    </message>
    <message>
        <source>saving the settings</source>
        <translation>lưu thiết lập</translation>
    </message>
    <message>
        <source>Sign in to change the setting %1.</source>
        <translation>Hãy đăng nhập để thay đổi thiết lập %1.</translation>
    </message>
    <message>
        <source>The setting %1 is encrypted: sign in to unlock it (motcuactl: --user NAME).</source>
        <translation>Thiết lập %1 đã được mã hóa: hãy đăng nhập để mở khóa (motcuactl: --user NAME).</translation>
    </message>
    <message>
        <source>The setting %1 cannot be decrypted; set it again.</source>
        <translation>Không giải mã được thiết lập %1; hãy đặt lại thiết lập này.</translation>
    </message>
    <message>
        <source>Sign in to seal the secret settings.</source>
        <translation>Hãy đăng nhập để mã hóa các thiết lập bí mật.</translation>
    </message>
    <message>
        <source>Days the part of a file fetched from the center is kept when its download is not tried again</source>
        <translation>Số ngày giữ phần tệp đã tải từ trung tâm khi việc tải không được thử lại</translation>
    </message>
    <message>
        <source>reading the settings</source>
        <translation>đọc thiết lập</translation>
    </message>
</context>
<context>
    <name>motcua::SettingsCommands</name>
    <message>
        <source>Usage: motcuactl settings SUBCOMMAND [options] --user ADMIN

Subcommands:
  list            every setting, its value and whether it is set
  get KEY         one setting&apos;s value
  set KEY VALUE   changes a setting (checked and audited)

Secret settings are stored sealed and never printed.
</source>
        <translation>Cách dùng: motcuactl settings LỆNH_CON [tùy chọn] --user QUẢN_TRỊ

Lệnh con:
  list            mọi thiết lập, giá trị và việc đã được đặt hay chưa
  get KHÓA        giá trị của một thiết lập
  set KHÓA GIÁ_TRỊ  thay đổi một thiết lập (có kiểm tra và ghi nhật ký)

Các thiết lập bí mật được lưu ở dạng niêm phong và không bao giờ được in ra.
</translation>
    </message>
    <message>
        <source>Only an administrator may read or change the settings.</source>
        <translation>Chỉ quản trị viên mới được xem hoặc thay đổi các thiết lập.</translation>
    </message>
    <message>
        <source>(secret, set)</source>
        <translation>(bí mật, đã đặt)</translation>
    </message>
    <message>
        <source>(secret, not set)</source>
        <translation>(bí mật, chưa đặt)</translation>
    </message>
    <message>
        <source>Lists every setting (administrators).</source>
        <translation>Liệt kê mọi thiết lập (quản trị viên).</translation>
    </message>
    <message>
        <source>settings list takes no arguments.</source>
        <translation>settings list không nhận đối số.</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Khóa</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Giá trị</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Mô tả</translation>
    </message>
    <message>
        <source>Prints one setting&apos;s value (administrators).</source>
        <translation>In giá trị của một thiết lập (quản trị viên).</translation>
    </message>
    <message>
        <source>The setting, e.g. center.name.</source>
        <translation>Thiết lập, ví dụ center.name.</translation>
    </message>
    <message>
        <source>give one KEY.</source>
        <translation>hãy cho một KHÓA.</translation>
    </message>
    <message>
        <source>There is no setting named %1.</source>
        <translation>Không có thiết lập nào tên là %1.</translation>
    </message>
    <message>
        <source>Changes one setting (administrators): checked as in the Settings page, secrets sealed, audited.</source>
        <translation>Thay đổi một thiết lập (quản trị viên): kiểm tra như trang Thiết lập, niêm phong các giá trị bí mật, ghi nhật ký kiểm tra.</translation>
    </message>
    <message>
        <source>Its new value.</source>
        <translation>Giá trị mới của nó.</translation>
    </message>
    <message>
        <source>give KEY and VALUE.</source>
        <translation>hãy cho KHÓA và GIÁ_TRỊ.</translation>
    </message>
    <message>
        <source>Setting %1 changed.</source>
        <translation>Đã thay đổi thiết lập %1.</translation>
    </message>
</context>
<context>
    <name>motcua::SettingsPage</name>
    <message>
        <source>Center name:</source>
        <translation>Tên trung tâm:</translation>
    </message>
    <message>
        <source>Governing authority:</source>
        <translation>Cơ quan chủ quản:</translation>
    </message>
    <message>
        <source>Agency code:</source>
        <translation>Mã cơ quan:</translation>
    </message>
    <message>
        <source>Place:</source>
        <translation>Địa danh:</translation>
    </message>
    <message>
        <source>Address:</source>
        <translation>Địa chỉ:</translation>
    </message>
    <message>
        <source>Telephone:</source>
        <translation>Điện thoại:</translation>
    </message>
    <message>
        <source>Dossier lookup address:</source>
        <translation>Địa chỉ tra cứu hồ sơ:</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Cài đặt</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Ngôn ngữ</translation>
    </message>
    <message>
        <source>Interface &amp;language:</source>
        <translation>&amp;Ngôn ngữ giao diện:</translation>
    </message>
    <message>
        <source>The change applies at once and is remembered on this workstation.</source>
        <translation>Thay đổi có hiệu lực ngay và được ghi nhớ trên máy trạm này.</translation>
    </message>
    <message>
        <source>Service center</source>
        <translation>Trung tâm phục vụ</translation>
    </message>
    <message>
        <source>Only an administrator can change the center&apos;s details.</source>
        <translation>Chỉ quản trị viên mới được sửa thông tin trung tâm.</translation>
    </message>
    <message>
        <source>Save center details</source>
        <translation>Lưu thông tin trung tâm</translation>
    </message>
    <message>
        <source>Working hours</source>
        <translation>Giờ làm việc</translation>
    </message>
    <message>
        <source>Working hours:</source>
        <translation>Giờ làm việc:</translation>
    </message>
    <message>
        <source>Days off each week:</source>
        <translation>Ngày nghỉ hằng tuần:</translation>
    </message>
    <message>
        <source>The center&apos;s details were saved.</source>
        <translation>Đã lưu thông tin trung tâm.</translation>
    </message>
    <message>
        <source>none</source>
        <translation>không có</translation>
    </message>
</context>
<context>
    <name>motcua::SettingsService</name>
    <message>
        <source>change the setting &quot;%1&quot;</source>
        <translation>thay đổi thiết lập &quot;%1&quot;</translation>
    </message>
    <message>
        <source>The setting %1 is kept encrypted: this session cannot unlock the data key, so it cannot be changed here.</source>
        <translation>Thiết lập %1 được lưu mã hóa: phiên làm việc này không mở được khóa dữ liệu nên không thể thay đổi thiết lập này tại đây.</translation>
    </message>
</context>
<context>
    <name>motcua::ShortcutsDialog</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Phím tắt</translation>
    </message>
    <message>
        <source>Enter</source>
        <translation>Enter</translation>
    </message>
    <message>
        <source>Log in, or confirm the dialog&apos;s main button</source>
        <translation>Đăng nhập, hoặc bấm nút chính của hộp thoại</translation>
    </message>
    <message>
        <source>Tab / Shift+Tab</source>
        <translation>Tab / Shift+Tab</translation>
    </message>
    <message>
        <source>Move between fields</source>
        <translation>Chuyển giữa các ô nhập</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Phím</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Chức năng</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Đóng</translation>
    </message>
    <message>
        <source> or </source>
        <translation> hoặc </translation>
    </message>
    <message>
        <source>Sync now (Sync page)</source>
        <translation>Đồng bộ ngay (trang Đồng bộ)</translation>
    </message>
    <message>
        <source>Resolve sync conflicts (Sync page)</source>
        <translation>Giải quyết xung đột đồng bộ (trang Đồng bộ)</translation>
    </message>
    <message>
        <source>Tick or untick the paper (Intake page, list of papers)</source>
        <translation>Đánh dấu hoặc bỏ đánh dấu giấy tờ (trang Tiếp nhận, danh sách giấy tờ)</translation>
    </message>
    <message>
        <source>0 … 9</source>
        <translation>0 … 9</translation>
    </message>
    <message>
        <source>Set the number of copies of the paper (Intake page, list of papers)</source>
        <translation>Nhập số bản của giấy tờ (trang Tiếp nhận, danh sách giấy tờ)</translation>
    </message>
    <message>
        <source>Edit the paper&apos;s name or note (Intake page, list of papers)</source>
        <translation>Sửa tên hoặc ghi chú của giấy tờ (trang Tiếp nhận, danh sách giấy tờ)</translation>
    </message>
    <message>
        <source>Search on the page shown (Dossiers, Returns, Catalogue)</source>
        <translation>Tìm trên trang đang mở (Hồ sơ, Trả kết quả, Danh mục thủ tục)</translation>
    </message>
    <message>
        <source>From the search box into the list (Dossiers page)</source>
        <translation>Từ ô tìm kiếm xuống danh sách (trang Hồ sơ)</translation>
    </message>
    <message>
        <source>Open the selected dossier (Dossiers page)</source>
        <translation>Mở hồ sơ đang chọn (trang Hồ sơ)</translation>
    </message>
    <message>
        <source>Refresh the list or the figures (Dossiers, Dashboard pages)</source>
        <translation>Làm mới danh sách hoặc số liệu (trang Hồ sơ, Bảng điều khiển)</translation>
    </message>
    <message>
        <source>Return the result to the applicant (Returns page)</source>
        <translation>Trả kết quả cho người nộp (trang Trả kết quả)</translation>
    </message>
    <message>
        <source>Reprint the receipt (01) to the default printer (dossier view)</source>
        <translation>In lại giấy tiếp nhận (01) ra máy in mặc định (cửa sổ hồ sơ)</translation>
    </message>
    <message>
        <source>%1 (dossier view)</source>
        <translation>%1 (màn hình hồ sơ)</translation>
    </message>
    <message>
        <source>Confirm the step (dossier view)</source>
        <translation>Xác nhận bước xử lý (màn hình hồ sơ)</translation>
    </message>
    <message>
        <source>Print the control slip, form 05 (dossier view)</source>
        <translation>In phiếu kiểm soát, mẫu 05 (màn hình hồ sơ)</translation>
    </message>
    <message>
        <source>Print the apology letter, form 04 (dossier view)</source>
        <translation>In thư xin lỗi, mẫu 04 (màn hình hồ sơ)</translation>
    </message>
</context>
<context>
    <name>motcua::StationAccounts</name>
    <message>
        <source>Sign in again: the center&apos;s account key is sealed under the data key.</source>
        <translation>Hãy đăng nhập lại: khóa tài khoản của trung tâm được niêm phong bằng khóa dữ liệu.</translation>
    </message>
    <message>
        <source>The center&apos;s answer holds no usable account keys.</source>
        <translation>Câu trả lời của trung tâm không có khóa tài khoản dùng được.</translation>
    </message>
    <message>
        <source>The center&apos;s account key is damaged.</source>
        <translation>Khóa tài khoản của trung tâm bị hỏng.</translation>
    </message>
    <message>
        <source>This account&apos;s record on this workstation does not match what the center signed. Ask an administrator.</source>
        <translation>Bản ghi tài khoản này trên máy trạm không khớp với bản trung tâm đã ký. Hãy hỏi quản trị viên.</translation>
    </message>
</context>
<context>
    <name>motcua::StoreCommands</name>
    <message>
        <source>Usage: motcuactl store SUBCOMMAND [options]

Subcommands:
  verify --user NAME   decrypt and check every attachment; prints the bad ones, exit 1 if any
  sweep                remove files no attachment refers to (left by interrupted writes)
  compact              rewrite the database without its free pages (VACUUM), e.g. after an
                       upgrade dropped indexes
  purge --user ADMIN   remove what retention no longer keeps: sent dossiers&apos; copies in the
                       outbox, old drafts and kept scans (settings retention.*)

motcuactl store SUBCOMMAND --help shows the options of each.
</source>
        <translation>Cách dùng: motcuactl store LỆNH_CON [tùy chọn]

Các lệnh con:
  verify --user TÊN    giải mã và kiểm tra mọi tệp đính kèm; in các tệp hỏng, mã thoát 1 nếu có
  sweep                xóa các tệp không tệp đính kèm nào dùng tới (do ghi bị gián đoạn để lại)
  compact              ghi lại cơ sở dữ liệu bỏ các trang trống (VACUUM), ví dụ sau khi một
                       bản nâng cấp đã bỏ chỉ mục
  purge --user QTV     xóa những gì hết thời hạn lưu giữ: bản sao hồ sơ đã gửi trong hàng đợi,
                       bản nháp và bản quét giữ lại đã cũ (các thiết lập retention.*)

motcuactl store LỆNH_CON --help cho biết các tùy chọn của từng lệnh.
</translation>
    </message>
    <message>
        <source>Decrypts every attachment and checks it (authentication tag and SHA-256). Prints the ones that fail; exit code 1 when any does.</source>
        <translation>Giải mã và kiểm tra mọi tệp đính kèm (thẻ xác thực và SHA-256). In ra các tệp không đạt; mã thoát 1 khi có tệp không đạt.</translation>
    </message>
    <message>
        <source>store verify takes no arguments.</source>
        <translation>store verify không nhận tham số.</translation>
    </message>
    <message>
        <source>Every attachment passed its integrity check.</source>
        <translation>Mọi tệp đính kèm đều đạt kiểm tra toàn vẹn.</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>DOSSIER</source>
        <translation>HỒ SƠ</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>TỆP</translation>
    </message>
    <message>
        <source>PROBLEM</source>
        <translation>VẤN ĐỀ</translation>
    </message>
    <message>
        <source>Removes attachment files that no attachment refers to, and temporary files of writes that never finished (a crash or power cut between writing a file and saving its record).</source>
        <translation>Xóa các tệp đính kèm không còn bản ghi nào tham chiếu đến, và các tệp tạm của những lần ghi chưa hoàn tất (do sự cố hoặc mất điện giữa lúc ghi tệp và lưu bản ghi).</translation>
    </message>
    <message>
        <source>store sweep takes no arguments.</source>
        <translation>store sweep không nhận tham số.</translation>
    </message>
    <message numerus="yes">
        <source>Removed %n unreferenced file(s).</source>
        <translation>
            <numerusform>Đã xóa %n tệp không được tham chiếu.</numerusform>
        </translation>
    </message>
    <message>
        <source>Rewrites the database without its free pages (SQLite VACUUM), so the file shrinks to what its data needs. Pages freed by deleted rows or dropped indexes are otherwise kept and reused for new rows. Needs free disk space about the size of the database and takes about a minute at a million dossiers; other programs wait meanwhile.</source>
        <translation>Ghi lại cơ sở dữ liệu, bỏ các trang trống (SQLite VACUUM), để tệp thu nhỏ vừa đủ cho dữ liệu. Nếu không làm việc này, các trang được giải phóng do xóa dòng hoặc xóa chỉ mục vẫn được giữ lại và dùng lại cho các dòng mới. Cần dung lượng đĩa trống xấp xỉ kích thước cơ sở dữ liệu và mất khoảng một phút với một triệu hồ sơ; trong thời gian đó các chương trình khác phải chờ.</translation>
    </message>
    <message>
        <source>store compact takes no arguments.</source>
        <translation>store compact không nhận tham số.</translation>
    </message>
    <message>
        <source>Database compacted: %1 MB → %2 MB in %3 s.</source>
        <translation>Đã thu gọn cơ sở dữ liệu: %1 MB → %2 MB trong %3 giây.</translation>
    </message>
    <message>
        <source>store purge takes no arguments.</source>
        <translation>store purge không nhận tham số.</translation>
    </message>
    <message>
        <source>Removes what retention no longer keeps: the copy of each dossier in outbox rows the portal acknowledged more than retention.sentPayloadDays ago, intake drafts older than retention.draftDays and kept scans older than retention.keptScanDays, then their files, and the parts of downloads from the center not tried again for retention.fetchPartDays. Administrators only; audited.</source>
        <translation>Xóa những gì không còn cần lưu giữ: bản sao hồ sơ trong các mục hàng đợi gửi mà cổng đã xác nhận quá retention.sentPayloadDays ngày, bản nháp tiếp nhận cũ hơn retention.draftDays ngày và bản quét giữ lại cũ hơn retention.keptScanDays ngày, rồi đến các tệp của chúng, và phần tệp tải từ trung tâm không được thử lại trong retention.fetchPartDays ngày. Chỉ dành cho quản trị viên; có ghi nhật ký.</translation>
    </message>
    <message>
        <source>Emptied %1 sent outbox rows; removed %2 drafts, %3 kept scans, %4 files and %5 parts of downloads.</source>
        <translation>Đã làm trống %1 mục đã gửi trong hàng đợi; đã xóa %2 bản nháp, %3 bản quét giữ lại, %4 tệp và %5 phần tệp tải dở.</translation>
    </message>
</context>
<context>
    <name>motcua::SupplementItems</name>
    <message>
        <source>Field &quot;%1&quot;: %2</source>
        <translation>Trường &quot;%1&quot;: %2</translation>
    </message>
    <message>
        <source>name at least one paper to add or complete.</source>
        <translation>hãy nêu ít nhất một giấy tờ cần bổ sung hoặc hoàn thiện.</translation>
    </message>
    <message>
        <source>every paper asked for needs a name and a reason.</source>
        <translation>giấy tờ nào được yêu cầu cũng cần có tên và lý do.</translation>
    </message>
    <message>
        <source>the paper &quot;%1&quot;: %2</source>
        <translation>giấy tờ &quot;%1&quot;: %2</translation>
    </message>
</context>
<context>
    <name>motcua::SyncCommands</name>
    <message>
        <source>Usage: motcuactl sync SUBCOMMAND [options]

Subcommands:
  now [--user NAME] [--portal URL] send pending items and pull from the portal, once
  status [--json]                  items per state, last success, warnings
  export FILE --user NAME          pending items as a signed, encrypted bundle file
  pause --user NAME                stop automatic synchronisation
  resume --user NAME               start it again
  retry --user NAME                retry failed items now

The portal&apos;s address, account and pinned certificate come from the settings
portal.url, portal.username, portal.password, portal.caFile and portal.pinSha256.
The password is stored encrypted under the data key: give --user NAME to unlock it.
</source>
        <translation>Cách dùng: motcuactl sync SUBCOMMAND [tùy chọn]

Lệnh con:
  now [--user NAME] [--portal URL] gửi các mục đang chờ và lấy dữ liệu từ cổng dịch vụ công, một lần
  status [--json]                  số mục theo trạng thái, lần thành công gần nhất, các cảnh báo
  export FILE --user NAME          các mục đang chờ dưới dạng tệp gói dữ liệu đã ký và mã hóa
  pause --user NAME                dừng đồng bộ tự động
  resume --user NAME               bật lại đồng bộ tự động
  retry --user NAME                thử lại ngay các mục bị lỗi

Địa chỉ, tài khoản và chứng thư đã ghim của cổng dịch vụ công lấy từ các thiết lập
portal.url, portal.username, portal.password, portal.caFile và portal.pinSha256.
Mật khẩu được lưu mã hóa bằng khóa dữ liệu: dùng --user NAME để mở khóa.
</translation>
    </message>
    <message>
        <source>never</source>
        <translation>chưa bao giờ</translation>
    </message>
    <message>
        <source>Runs one synchronisation pass: sends queued dossiers, history rows and attachments, leases dossier numbers, pulls status changes and the catalogue. Retry waits are ignored. Exit 1 when the portal could not be reached or items failed.</source>
        <translation>Chạy một lượt đồng bộ: gửi các hồ sơ, dòng lịch sử xử lý và tệp đính kèm đang chờ gửi, nhận cấp số hồ sơ, lấy các thay đổi trạng thái và danh mục. Bỏ qua thời gian chờ thử lại. Mã thoát 1 khi không kết nối được cổng dịch vụ công hoặc có mục bị lỗi.</translation>
    </message>
    <message>
        <source>Portal address for this run (https://...).</source>
        <translation>Địa chỉ cổng dịch vụ công cho lần chạy này (https://...).</translation>
    </message>
    <message>
        <source>PEM file of the CA to pin for this run.</source>
        <translation>Tệp PEM của CA cần ghim cho lần chạy này.</translation>
    </message>
    <message>
        <source>Seconds to wait for each answer.</source>
        <translation>Số giây chờ mỗi phản hồi.</translation>
    </message>
    <message>
        <source>--portal and --ca are for administrators: give --user with an administrator&apos;s account.</source>
        <translation>--portal và --ca chỉ dành cho quản trị viên: hãy dùng --user với tài khoản quản trị viên.</translation>
    </message>
    <message>
        <source>sync with another portal address or CA (--portal, --ca)</source>
        <translation>đồng bộ với địa chỉ cổng dịch vụ công hoặc tổ chức chứng thực khác (--portal, --ca)</translation>
    </message>
    <message>
        <source>--portal: an https:// address.</source>
        <translation>--portal: cần một địa chỉ https://.</translation>
    </message>
    <message>
        <source>--ca: a readable PEM certificate file.</source>
        <translation>--ca: cần một tệp chứng chỉ PEM đọc được.</translation>
    </message>
    <message>
        <source>--portal needs --ca FILE: no portal is pinned.</source>
        <translation>--portal cần --ca TỆP: chưa ghim chứng thư của cổng dịch vụ công nào.</translation>
    </message>
    <message>
        <source>--timeout: seconds from 1 to 600.</source>
        <translation>--timeout: số giây từ 1 đến 600.</translation>
    </message>
    <message>
        <source>Center&apos;s dossiers: %1 of %2 read.</source>
        <translation>Hồ sơ của trung tâm: đã đọc %1 trên %2.</translation>
    </message>
    <message>
        <source>ALARM: %1</source>
        <translation>CẢNH BÁO NGHIÊM TRỌNG: %1</translation>
    </message>
    <message>
        <source>Sent %1 dossiers, %2 history rows, %3 attachments; %4 failed; %5 status changes received; %6 still pending.</source>
        <translation>Đã gửi %1 hồ sơ, %2 dòng lịch sử xử lý, %3 tệp đính kèm; %4 lỗi; đã nhận %5 thay đổi trạng thái; còn %6 mục chờ gửi.</translation>
    </message>
    <message>
        <source>%1 dossiers of the center written here; %2 conflicts to settle.</source>
        <translation>Đã ghi %1 hồ sơ của trung tâm vào máy này; %2 xung đột cần xử lý.</translation>
    </message>
    <message>
        <source>Shows the outbox: items per state, the last successful exchange with the portal, retry waits per kind of work and warnings.</source>
        <translation>Hiện hàng chờ gửi: số mục theo trạng thái, lần trao đổi thành công gần nhất với cổng dịch vụ công, thời gian chờ thử lại theo từng loại công việc và các cảnh báo.</translation>
    </message>
    <message>
        <source>Queued %1, in flight %2, failed %3, done %4.</source>
        <translation>Chờ gửi %1, đang gửi %2, lỗi %3, đã xong %4.</translation>
    </message>
    <message>
        <source>Last success: %1. %2%3</source>
        <translation>Thành công gần nhất: %1. %2%3</translation>
    </message>
    <message>
        <source>Online.</source>
        <translation>Trực tuyến.</translation>
    </message>
    <message>
        <source>Offline.</source>
        <translation>Ngoại tuyến.</translation>
    </message>
    <message>
        <source> Paused.</source>
        <translation> Đang tạm dừng.</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Loại</translation>
    </message>
    <message>
        <source>Failures</source>
        <translation>Số lần lỗi</translation>
    </message>
    <message>
        <source>Next retry</source>
        <translation>Thử lại lúc</translation>
    </message>
    <message>
        <source>Last error</source>
        <translation>Lỗi gần nhất</translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>Cảnh báo: %1</translation>
    </message>
    <message>
        <source>Writes every pending item to FILE as a bundle signed and encrypted with the center&apos;s bundle secret (setting sync.bundleSecret), for the portal to import. Items stay queued: the portal ignores what it already has.</source>
        <translation>Ghi mọi mục chờ gửi vào TỆP dưới dạng gói được ký và mã hóa bằng khóa bí mật gói của trung tâm (thiết lập sync.bundleSecret), để cổng dịch vụ công nhập. Các mục vẫn ở trạng thái chờ gửi: cổng dịch vụ công bỏ qua những gì đã có.</translation>
    </message>
    <message>
        <source>The bundle file to write.</source>
        <translation>Tệp gói cần ghi.</translation>
    </message>
    <message>
        <source>give one FILE.</source>
        <translation>hãy cho một TỆP.</translation>
    </message>
    <message>
        <source>Wrote %1: %2 dossiers, %3 history rows, %4 attachments (%5 bytes).</source>
        <translation>Đã ghi %1: %2 hồ sơ, %3 dòng lịch sử xử lý, %4 tệp đính kèm (%5 byte).</translation>
    </message>
    <message>
        <source>Stops automatic synchronisation; `sync now` still runs a pass.</source>
        <translation>Tạm dừng đồng bộ tự động; `sync now` vẫn chạy được một lượt.</translation>
    </message>
    <message>
        <source>Synchronisation paused.</source>
        <translation>Đã tạm dừng đồng bộ.</translation>
    </message>
    <message>
        <source>Starts automatic synchronisation again.</source>
        <translation>Tiếp tục đồng bộ tự động.</translation>
    </message>
    <message>
        <source>Synchronisation resumed.</source>
        <translation>Đã tiếp tục đồng bộ.</translation>
    </message>
    <message>
        <source>Makes every failed item due now and clears retry waits.</source>
        <translation>Đặt mọi mục bị lỗi đến hạn gửi ngay và xóa thời gian chờ thử lại.</translation>
    </message>
    <message>
        <source>Failed items will be retried at the next pass.</source>
        <translation>Các mục bị lỗi sẽ được thử lại ở lượt tiếp theo.</translation>
    </message>
</context>
<context>
    <name>motcua::SyncConflictRepository</name>
    <message>
        <source>reading the dossier the portal decided</source>
        <translation>đọc hồ sơ mà cổng dịch vụ công đã quyết định</translation>
    </message>
    <message>
        <source>booking the portal&apos;s decision</source>
        <translation>ghi nhận quyết định của cổng dịch vụ công</translation>
    </message>
    <message>
        <source>reading the dossier&apos;s pending record</source>
        <translation>đọc bản ghi hồ sơ đang chờ gửi</translation>
    </message>
    <message>
        <source>reading the synchronisation conflicts</source>
        <translation>đọc các xung đột đồng bộ</translation>
    </message>
    <message>
        <source>recording a synchronisation conflict</source>
        <translation>ghi nhận xung đột đồng bộ</translation>
    </message>
    <message>
        <source>settling the synchronisation conflict</source>
        <translation>giải quyết xung đột đồng bộ</translation>
    </message>
</context>
<context>
    <name>motcua::SyncConflictsDialog</name>
    <message>
        <source>Sync conflicts</source>
        <translation>Xung đột đồng bộ</translation>
    </message>
    <message>
        <source>The portal decided these dossiers while a change made here was still waiting to be sent. Choose, for each, which status stands: the portal&apos;s decision, or the change made here (it is then sent to the portal).</source>
        <translation>Cổng dịch vụ công đã quyết định các hồ sơ này trong khi một thay đổi tại đây còn chờ gửi. Với mỗi hồ sơ, hãy chọn trạng thái được giữ: quyết định của cổng dịch vụ công, hoặc thay đổi tại đây (khi đó thay đổi được gửi lên cổng).</translation>
    </message>
    <message>
        <source>No conflicts are open: every dossier agrees with the portal.</source>
        <translation>Không còn xung đột nào: mọi hồ sơ đều khớp với cổng dịch vụ công.</translation>
    </message>
    <message>
        <source>Dossier</source>
        <translation>Hồ sơ</translation>
    </message>
    <message>
        <source>Applicant</source>
        <translation>Người nộp</translation>
    </message>
    <message>
        <source>Status here</source>
        <translation>Tại đây</translation>
    </message>
    <message>
        <source>Portal&apos;s status</source>
        <translation>Trên cổng</translation>
    </message>
    <message>
        <source>Portal&apos;s note</source>
        <translation>Nội dung xử lý</translation>
    </message>
    <message>
        <source>Decided on the portal</source>
        <translation>Cổng quyết định lúc</translation>
    </message>
    <message>
        <source>Detected</source>
        <translation>Phát hiện lúc</translation>
    </message>
    <message>
        <source>Accept &amp;portal</source>
        <translation>Theo &amp;cổng dịch vụ công</translation>
    </message>
    <message>
        <source>The dossier takes the portal&apos;s status; the change made here is not sent</source>
        <translation>Hồ sơ nhận trạng thái của cổng dịch vụ công; thay đổi tại đây không được gửi</translation>
    </message>
    <message>
        <source>&amp;Keep local</source>
        <translation>&amp;Giữ thay đổi tại đây</translation>
    </message>
    <message>
        <source>The dossier keeps the status set here; it is sent to the portal</source>
        <translation>Hồ sơ giữ trạng thái đặt tại đây; trạng thái này được gửi lên cổng dịch vụ công</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Đóng</translation>
    </message>
    <message>
        <source>(dossier not found here)</source>
        <translation>(không có hồ sơ tại đây)</translation>
    </message>
    <message>
        <source>Dossier %1 now has the portal&apos;s status: %2.</source>
        <translation>Hồ sơ %1 đã nhận trạng thái của cổng dịch vụ công: %2.</translation>
    </message>
    <message>
        <source>Dossier %1 keeps the status set here (%2); it will be sent to the portal.</source>
        <translation>Hồ sơ %1 giữ trạng thái đặt tại đây (%2); trạng thái này sẽ được gửi lên cổng dịch vụ công.</translation>
    </message>
</context>
<context>
    <name>motcua::SyncPage</name>
    <message>
        <source>Synchronisation</source>
        <translation>Đồng bộ</translation>
    </message>
    <message>
        <source>Sync now</source>
        <translation>Đồng bộ ngay</translation>
    </message>
    <message>
        <source>Send everything waiting and fetch news from the portal now (F5)</source>
        <translation>Gửi mọi mục đang chờ và lấy dữ liệu mới từ cổng dịch vụ công ngay (F5)</translation>
    </message>
    <message>
        <source>Retry now</source>
        <translation>Thử lại ngay</translation>
    </message>
    <message>
        <source>Retry the selected items, or every failed item when none is selected</source>
        <translation>Thử lại các mục đang chọn, hoặc mọi mục bị lỗi nếu không chọn mục nào</translation>
    </message>
    <message>
        <source>Export for USB…</source>
        <translation>Xuất ra USB…</translation>
    </message>
    <message>
        <source>Write every pending item to a signed, encrypted file the portal can import</source>
        <translation>Ghi mọi mục đang chờ vào một tệp đã ký số, mã hóa mà cổng dịch vụ công có thể nhập</translation>
    </message>
    <message>
        <source>All items</source>
        <translation>Tất cả</translation>
    </message>
    <message>
        <source>Queued</source>
        <translation>Chờ gửi</translation>
    </message>
    <message>
        <source>Sending</source>
        <translation>Đang gửi</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Lỗi</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Đã gửi</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>Trực tuyến</translation>
    </message>
    <message>
        <source>paused</source>
        <translation>tạm dừng</translation>
    </message>
    <message>
        <source>sending…</source>
        <translation>đang gửi…</translation>
    </message>
    <message>
        <source>last success %1</source>
        <translation>lần thành công gần nhất %1</translation>
    </message>
    <message>
        <source>never synchronised</source>
        <translation>chưa đồng bộ lần nào</translation>
    </message>
    <message>
        <source>next pass %1</source>
        <translation>lần tiếp theo %1</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Tiếp tục</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Tạm dừng</translation>
    </message>
    <message>
        <source>Queued %1 · Sending %2 · Failed %3 · Sent %4</source>
        <translation>Chờ gửi %1 · Đang gửi %2 · Lỗi %3 · Đã gửi %4</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n failure(s) in a row, next try %2 — %3</source>
        <translation>
            <numerusform>%1: lỗi %n lần liên tiếp, thử lại lúc %2 — %3</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) will be sent at once.</source>
        <translation>
            <numerusform>%n mục sẽ được gửi ngay.</numerusform>
        </translation>
    </message>
    <message>
        <source>Export pending items</source>
        <translation>Xuất các mục đang chờ</translation>
    </message>
    <message>
        <source>MotCua bundle (*.mcb)</source>
        <translation>Gói MotCua (*.mcb)</translation>
    </message>
    <message>
        <source>Wrote %1: %2 dossiers, %3 history rows, %4 attachments. Take it to the portal; the items stay queued until the portal confirms them.</source>
        <translation>Đã ghi %1: %2 hồ sơ, %3 dòng lịch sử, %4 tệp đính kèm. Hãy mang tệp này đến cổng dịch vụ công; các mục vẫn ở trạng thái chờ gửi cho đến khi cổng dịch vụ công xác nhận.</translation>
    </message>
    <message>
        <source>Resolve conflicts…</source>
        <translation>Giải quyết xung đột…</translation>
    </message>
    <message>
        <source>Choose, for each dossier changed both here and on the portal, which status stands (%1)</source>
        <translation>Chọn trạng thái được giữ cho từng hồ sơ đã thay đổi cả tại đây lẫn trên cổng dịch vụ công (%1)</translation>
    </message>
    <message>
        <source>No central portal is set up yet: this workstation works on its own and keeps everything to send. An administrator enters the portal&apos;s address under Settings, Central portal.</source>
        <translation>Chưa thiết lập cổng dịch vụ công trung tâm: máy trạm này làm việc độc lập và giữ lại mọi thứ cần gửi. Quản trị viên nhập địa chỉ cổng tại Cài đặt, mục Cổng dịch vụ công trung tâm.</translation>
    </message>
    <message>
        <source>Offline: the portal cannot be reached just now. Work goes on; everything waits here and is sent by itself when the connection is back</source>
        <translation>Ngoại tuyến: hiện không kết nối được cổng dịch vụ công. Công việc vẫn tiếp tục; mọi thứ được giữ tại đây và tự gửi khi có kết nối trở lại</translation>
    </message>
    <message>
        <source>%1: waiting for the connection, next try %2</source>
        <translation>%1: chờ kết nối, thử lại lúc %2</translation>
    </message>
</context>
<context>
    <name>motcua::SyncRunner</name>
    <message>
        <source>No portal or center is configured (settings portal.url, center.url).</source>
        <translation>Chưa thiết lập cổng dịch vụ công hay máy chủ trung tâm (thiết lập portal.url, center.url).</translation>
    </message>
    <message>
        <source>Another synchronisation of this database is running.</source>
        <translation>Một lượt đồng bộ khác của cơ sở dữ liệu này đang chạy.</translation>
    </message>
</context>
<context>
    <name>motcua::SyncService</name>
    <message>
        <source>The database is encrypted: sign in to read the portal settings (motcuactl: --user NAME).</source>
        <translation>Cơ sở dữ liệu đã được mã hóa: hãy đăng nhập để đọc các thiết lập cổng dịch vụ công (motcuactl: --user TÊN).</translation>
    </message>
    <message>
        <source>pause synchronisation</source>
        <translation>tạm dừng đồng bộ</translation>
    </message>
    <message>
        <source>resume synchronisation</source>
        <translation>tiếp tục đồng bộ</translation>
    </message>
    <message>
        <source>retry sending</source>
        <translation>gửi lại</translation>
    </message>
    <message numerus="yes">
        <source>The procedure catalogue is older than %n day(s): connect to the portal or import a new one.</source>
        <translation>
            <numerusform>Danh mục thủ tục đã cũ hơn %n ngày: hãy kết nối với cổng dịch vụ công hoặc nhập danh mục mới.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The holiday calendar was last confirmed more than %n day(s) ago: appointment dates may be wrong.</source>
        <translation>
            <numerusform>Lịch nghỉ lễ được xác nhận lần cuối cách đây hơn %n ngày: ngày hẹn trả có thể bị sai.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Some items have waited for the portal since %1 (more than %n minute(s)).</source>
        <translation>
            <numerusform>Một số mục đã chờ gửi lên cổng dịch vụ công từ %1 (hơn %n phút).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) failed and will be retried; see the last error.</source>
        <translation>
            <numerusform>%n mục gửi không thành công và sẽ được thử lại; xem lỗi gần nhất.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n dossier(s) were changed both here and on the portal; both versions are kept.</source>
        <translation>
            <numerusform>%n hồ sơ đã bị thay đổi cả ở đây và trên cổng dịch vụ công; cả hai phiên bản đều được giữ lại.</numerusform>
        </translation>
    </message>
    <message>
        <source>export pending items</source>
        <translation>xuất các mục chờ gửi</translation>
    </message>
    <message>
        <source>Cannot write the bundle file %1: %2</source>
        <translation>Không ghi được tệp gói dữ liệu %1: %2</translation>
    </message>
</context>
<context>
    <name>motcua::SyncServiceConflicts</name>
    <message>
        <source>unknown status %1</source>
        <translation>trạng thái không xác định %1</translation>
    </message>
    <message>
        <source>This workstation&apos;s decision is void: online submission %1 was decided first at another counter, as %2.</source>
        <translation>Quyết định tại máy trạm này bị hủy: hồ sơ trực tuyến %1 đã được quầy khác giải quyết trước, với mã %2.</translation>
    </message>
    <message>
        <source>Receipt %1 of this workstation is void: online submission %2 was decided first at another counter, as %3.</source>
        <translation>Phiếu tiếp nhận %1 của máy trạm này bị hủy: hồ sơ trực tuyến %2 đã được quầy khác giải quyết trước, với mã %3.</translation>
    </message>
    <message>
        <source>resolve synchronisation conflicts</source>
        <translation>giải quyết xung đột đồng bộ</translation>
    </message>
    <message>
        <source>This conflict no longer exists.</source>
        <translation>Xung đột này không còn nữa.</translation>
    </message>
    <message>
        <source>The conflict of dossier %1 has already been resolved.</source>
        <translation>Xung đột của hồ sơ %1 đã được giải quyết.</translation>
    </message>
    <message>
        <source>Online submission %1 was decided first at another counter; the decision recorded here under %2 cannot be kept.</source>
        <translation>Hồ sơ trực tuyến %1 đã được quầy khác giải quyết trước; không thể giữ quyết định đã ghi tại đây với mã %2.</translation>
    </message>
    <message>
        <source>The portal&apos;s record of the conflict of dossier %1 cannot be read.</source>
        <translation>Không đọc được bản ghi của cổng dịch vụ công về xung đột của hồ sơ %1.</translation>
    </message>
    <message>
        <source>Dossier %1 no longer exists on this workstation; the conflict cannot be resolved.</source>
        <translation>Hồ sơ %1 không còn trên máy trạm này; không giải quyết được xung đột.</translation>
    </message>
</context>
<context>
    <name>motcua::TextRules</name>
    <message>
        <source>contains an invisible control or text-direction character (U+%1) at position %2; retype it without that character.</source>
        <translation>chứa một ký tự điều khiển hoặc ký tự đổi chiều văn bản không nhìn thấy (U+%1) ở vị trí %2; hãy gõ lại mà không có ký tự đó.</translation>
    </message>
    <message numerus="yes">
        <source>is longer than %n characters.</source>
        <translation>
            <numerusform>dài quá %n ký tự.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>motcua::Timeliness</name>
    <message>
        <source>Early</source>
        <translation>Trước hạn</translation>
    </message>
    <message>
        <source>On time</source>
        <translation>Đúng hạn</translation>
    </message>
    <message>
        <source>Late</source>
        <translation>Quá hạn</translation>
    </message>
    <message>
        <source>Not yet due</source>
        <translation>Trong hạn</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Quá hạn</translation>
    </message>
</context>
<context>
    <name>motcua::Types</name>
    <message>
        <source>At the counter</source>
        <translation>Trực tiếp</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>Trực tuyến</translation>
    </message>
    <message>
        <source>By post</source>
        <translation>Qua bưu chính công ích</translation>
    </message>
    <message>
        <source>working days</source>
        <translation>ngày làm việc</translation>
    </message>
    <message>
        <source>working hours</source>
        <translation>giờ làm việc</translation>
    </message>
    <message>
        <source>calendar days</source>
        <translation>ngày</translation>
    </message>
    <message>
        <source>Clerk</source>
        <translation>Cán bộ tiếp nhận</translation>
    </message>
    <message>
        <source>Supervisor</source>
        <translation>Lãnh đạo</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>Quản trị viên</translation>
    </message>
    <message>
        <source>Citizen</source>
        <translation>Công dân</translation>
    </message>
    <message>
        <source>Enterprise</source>
        <translation>Doanh nghiệp</translation>
    </message>
    <message>
        <source>State agency</source>
        <translation>Cơ quan nhà nước</translation>
    </message>
    <message>
        <source>Other organisation</source>
        <translation>Tổ chức khác</translation>
    </message>
</context>
<context>
    <name>motcua::UserCommands</name>
    <message>
        <source>Usage: motcuactl users SUBCOMMAND [options]

Subcommands:
  add USERNAME --role clerk|supervisor|admin --name &quot;Full Name&quot; --user ADMIN
               the new password comes from MOTCUA_NEW_PASSWORD or is asked twice
  list --user NAME
  unlock USERNAME --user ADMIN   lift the lock left by repeated wrong passwords

motcuactl users SUBCOMMAND --help shows the options of each.
</source>
        <translation>Cách dùng: motcuactl users LỆNH_CON [tùy chọn]

Các lệnh con:
  add TÊN_ĐĂNG_NHẬP --role clerk|supervisor|admin --name &quot;Họ và tên&quot; --user QTV
               mật khẩu mới lấy từ MOTCUA_NEW_PASSWORD hoặc được hỏi hai lần
  list --user TÊN
  unlock TÊN_ĐĂNG_NHẬP --user QTV   gỡ tạm khóa do nhập sai mật khẩu nhiều lần

motcuactl users LỆNH_CON --help cho biết các tùy chọn của từng lệnh.
</translation>
    </message>
    <message>
        <source>Adds a local account (administrators only). The new account&apos;s password comes from MOTCUA_NEW_PASSWORD or is asked twice on the terminal.</source>
        <translation>Thêm tài khoản trên máy (chỉ quản trị viên). Mật khẩu của tài khoản mới lấy từ MOTCUA_NEW_PASSWORD hoặc được hỏi hai lần trên cửa sổ lệnh.</translation>
    </message>
    <message>
        <source>The new user name.</source>
        <translation>Tên đăng nhập mới.</translation>
    </message>
    <message>
        <source>clerk, supervisor or admin.</source>
        <translation>clerk, supervisor hoặc admin.</translation>
    </message>
    <message>
        <source>The user&apos;s full name.</source>
        <translation>Họ và tên người dùng.</translation>
    </message>
    <message>
        <source>give one USERNAME.</source>
        <translation>hãy cho một TÊN ĐĂNG NHẬP.</translation>
    </message>
    <message>
        <source>--role is required: clerk, supervisor or admin.</source>
        <translation>cần có --role: clerk, supervisor hoặc admin.</translation>
    </message>
    <message>
        <source>unknown role &apos;%1&apos;: clerk, supervisor or admin.</source>
        <translation>vai trò &apos;%1&apos; không hợp lệ: clerk, supervisor hoặc admin.</translation>
    </message>
    <message>
        <source>--name is required.</source>
        <translation>cần có --name.</translation>
    </message>
    <message>
        <source>Password for the new user %1: </source>
        <translation>Mật khẩu cho người dùng mới %1: </translation>
    </message>
    <message>
        <source>User %1 (%2) added.</source>
        <translation>Đã thêm người dùng %1 (%2).</translation>
    </message>
    <message>
        <source>Lists the local accounts (supervisors and above).</source>
        <translation>Liệt kê các tài khoản trên máy (từ lãnh đạo trở lên).</translation>
    </message>
    <message>
        <source>users list takes no arguments.</source>
        <translation>users list không nhận tham số.</translation>
    </message>
    <message>
        <source>disabled</source>
        <translation>đã khóa</translation>
    </message>
    <message>
        <source>locked</source>
        <translation>tạm khóa</translation>
    </message>
    <message>
        <source>active</source>
        <translation>đang hoạt động</translation>
    </message>
    <message>
        <source>USERNAME</source>
        <translation>TÊN ĐĂNG NHẬP</translation>
    </message>
    <message>
        <source>FULL NAME</source>
        <translation>HỌ VÀ TÊN</translation>
    </message>
    <message>
        <source>ROLE</source>
        <translation>VAI TRÒ</translation>
    </message>
    <message>
        <source>STATUS</source>
        <translation>TRẠNG THÁI</translation>
    </message>
    <message>
        <source>LAST LOGIN</source>
        <translation>ĐĂNG NHẬP GẦN NHẤT</translation>
    </message>
    <message>
        <source>Lifts the lock that repeated wrong passwords put on an account (administrators only).</source>
        <translation>Gỡ tạm khóa của một tài khoản do nhập sai mật khẩu nhiều lần (chỉ quản trị viên).</translation>
    </message>
    <message>
        <source>The locked account.</source>
        <translation>Tài khoản đang bị tạm khóa.</translation>
    </message>
    <message>
        <source>User %1 can log in again.</source>
        <translation>Người dùng %1 có thể đăng nhập lại.</translation>
    </message>
</context>
<context>
    <name>motcua::UserDialog</name>
    <message>
        <source>Add user — MotCua Desk</source>
        <translation>Thêm người dùng — MotCua Desk</translation>
    </message>
    <message>
        <source>Add a user</source>
        <translation>Thêm người dùng</translation>
    </message>
    <message>
        <source>The new account logs in on this workstation with the user name and password below.</source>
        <translation>Tài khoản mới đăng nhập trên máy trạm này bằng tên đăng nhập và mật khẩu dưới đây.</translation>
    </message>
    <message>
        <source>Add user</source>
        <translation>Thêm người dùng</translation>
    </message>
    <message>
        <source>Edit user — MotCua Desk</source>
        <translation>Sửa người dùng — MotCua Desk</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation>Sửa thông tin %1</translation>
    </message>
    <message>
        <source>User name: %1. A new role applies from the user&apos;s next login.</source>
        <translation>Tên đăng nhập: %1. Vai trò mới có hiệu lực từ lần đăng nhập sau của người dùng.</translation>
    </message>
    <message>
        <source>Save changes</source>
        <translation>Lưu thay đổi</translation>
    </message>
    <message>
        <source>Reset password — MotCua Desk</source>
        <translation>Đặt lại mật khẩu — MotCua Desk</translation>
    </message>
    <message>
        <source>Reset the password of %1</source>
        <translation>Đặt lại mật khẩu của %1</translation>
    </message>
    <message>
        <source>Give the user this temporary password in person. At the next login they must choose their own.</source>
        <translation>Hãy trao trực tiếp mật khẩu tạm thời này cho người dùng. Ở lần đăng nhập sau, họ phải tự chọn mật khẩu riêng.</translation>
    </message>
    <message>
        <source>Set temporary password</source>
        <translation>Đặt mật khẩu tạm thời</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>&amp;Tên đăng nhập:</translation>
    </message>
    <message>
        <source>&amp;Full name:</source>
        <translation>&amp;Họ và tên:</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>Vai t&amp;rò:</translation>
    </message>
    <message>
        <source>&amp;Temporary password:</source>
        <translation>&amp;Mật khẩu tạm thời:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Mật khẩu:</translation>
    </message>
    <message>
        <source>C&amp;onfirm password:</source>
        <translation>&amp;Nhập lại mật khẩu:</translation>
    </message>
    <message>
        <source>%1–%2 characters</source>
        <translation>%1–%2 ký tự</translation>
    </message>
    <message numerus="yes">
        <source>at least %n characters</source>
        <translation>
            <numerusform>ít nhất %n ký tự</numerusform>
        </translation>
    </message>
    <message>
        <source>The user must choose a new password at the first login</source>
        <translation>Người dùng phải đổi mật khẩu ở lần đăng nhập đầu tiên</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation>Hai mật khẩu không khớp nhau.</translation>
    </message>
    <message>
        <source>&amp;Departments (a department officer works on their queue; none for the counter):</source>
        <translation>Đơn &amp;vị (cán bộ đơn vị làm việc trên hàng đợi của đơn vị; để trống cho bộ phận một cửa):</translation>
    </message>
    <message>
        <source>The new account reaches the center at this workstation&apos;s next sync and then logs in at any workstation of the center with the user name and password below.</source>
        <translation>Tài khoản mới được gửi lên máy chủ trung tâm ở lần đồng bộ tới của máy trạm này, rồi đăng nhập được trên bất kỳ máy trạm nào của trung tâm bằng tên đăng nhập và mật khẩu dưới đây.</translation>
    </message>
</context>
<context>
    <name>motcua::UserRepository</name>
    <message>
        <source>reading user accounts</source>
        <translation>đọc danh sách tài khoản</translation>
    </message>
    <message>
        <source>There is no user named %1.</source>
        <translation>Không có người dùng tên %1.</translation>
    </message>
    <message>
        <source>saving the user account</source>
        <translation>lưu tài khoản người dùng</translation>
    </message>
    <message>
        <source>The user name %1 is already taken.</source>
        <translation>Tên đăng nhập %1 đã có người dùng.</translation>
    </message>
    <message>
        <source>saving the password</source>
        <translation>lưu mật khẩu</translation>
    </message>
</context>
<context>
    <name>motcua::UserService</name>
    <message>
        <source>Wrong user name or password.</source>
        <translation>Sai tên đăng nhập hoặc mật khẩu.</translation>
    </message>
    <message>
        <source>The user name must be %1 to %2 characters long and use only letters A-Z, digits, dot, underscore or hyphen.</source>
        <translation>Tên đăng nhập phải dài từ %1 đến %2 ký tự và chỉ gồm chữ cái A-Z, chữ số, dấu chấm, dấu gạch dưới hoặc gạch ngang.</translation>
    </message>
    <message>
        <source>Enter the user&apos;s full name.</source>
        <translation>Hãy nhập họ và tên người dùng.</translation>
    </message>
    <message numerus="yes">
        <source>The full name must be at most %n characters long.</source>
        <translation>
            <numerusform>Họ và tên chỉ được có tối đa %n ký tự.</numerusform>
        </translation>
    </message>
    <message>
        <source>The full name %1</source>
        <translation>Họ và tên %1</translation>
    </message>
    <message>
        <source>add user accounts</source>
        <translation>thêm tài khoản người dùng</translation>
    </message>
    <message>
        <source>An administrator already exists.</source>
        <translation>Đã có quản trị viên.</translation>
    </message>
    <message>
        <source>The user name %1 is already taken.</source>
        <translation>Tên đăng nhập %1 đã có người dùng.</translation>
    </message>
    <message numerus="yes">
        <source>This account is locked after too many wrong passwords. An administrator can unlock it; otherwise try again in %n minute(s).</source>
        <translation>
            <numerusform>Tài khoản này đã bị khóa do nhập sai mật khẩu quá nhiều lần. Quản trị viên có thể mở khóa; nếu không, hãy thử lại sau %n phút.</numerusform>
        </translation>
    </message>
    <message>
        <source>This account is disabled. Ask an administrator to enable it.</source>
        <translation>Tài khoản này đã bị khóa. Hãy đề nghị quản trị viên mở khóa.</translation>
    </message>
    <message>
        <source>unlock user accounts</source>
        <translation>gỡ tạm khóa tài khoản người dùng</translation>
    </message>
    <message>
        <source>view user accounts</source>
        <translation>xem danh sách tài khoản</translation>
    </message>
    <message>
        <source>change another user&apos;s password</source>
        <translation>đổi mật khẩu của người dùng khác</translation>
    </message>
    <message>
        <source>Your role (%1) does not allow: %2.</source>
        <translation>Vai trò của bạn (%1) không được phép: %2.</translation>
    </message>
    <message>
        <source>edit user accounts</source>
        <translation>sửa tài khoản người dùng</translation>
    </message>
    <message>
        <source>The last active administrator must keep the administrator role.</source>
        <translation>Quản trị viên cuối cùng đang hoạt động phải giữ vai trò quản trị viên.</translation>
    </message>
    <message>
        <source>enable or disable user accounts</source>
        <translation>khóa hoặc mở khóa tài khoản</translation>
    </message>
    <message>
        <source>The last active administrator cannot be disabled.</source>
        <translation>Không thể khóa quản trị viên cuối cùng đang hoạt động.</translation>
    </message>
    <message>
        <source>A department code may not be empty or hold a comma.</source>
        <translation>Mã đơn vị không được để trống hoặc chứa dấu phẩy.</translation>
    </message>
</context>
<context>
    <name>motcua::UserTableModel</name>
    <message>
        <source>Disabled</source>
        <translation>Đã khóa</translation>
    </message>
    <message>
        <source>Active, must change password</source>
        <translation>Hoạt động, phải đổi mật khẩu</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Đang hoạt động</translation>
    </message>
    <message>
        <source>never</source>
        <translation>chưa bao giờ</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Tên đăng nhập</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Họ và tên</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Vai trò</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Trạng thái</translation>
    </message>
    <message>
        <source>Last login</source>
        <translation>Đăng nhập lần cuối</translation>
    </message>
    <message>
        <source>Locked (wrong passwords)</source>
        <translation>Tạm khóa (sai mật khẩu)</translation>
    </message>
</context>
<context>
    <name>motcua::UsersBox</name>
    <message>
        <source>E&amp;nable</source>
        <translation>Mở &amp;khóa</translation>
    </message>
    <message>
        <source>&amp;Disable</source>
        <translation>&amp;Khóa</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>Người dùng</translation>
    </message>
    <message>
        <source>&amp;Add user…</source>
        <translation>Thê&amp;m người dùng…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Sửa…</translation>
    </message>
    <message>
        <source>&amp;Reset password…</source>
        <translation>Đặt &amp;lại mật khẩu…</translation>
    </message>
    <message>
        <source>Your session has not opened the attachment store, so accounts added or reset now cannot open scanned papers. Log out and log in again with your own password first.</source>
        <translation>Phiên làm việc của bạn chưa mở được kho tệp đính kèm, nên tài khoản thêm mới hoặc đặt lại mật khẩu lúc này sẽ không mở được giấy tờ đã quét. Hãy đăng xuất rồi đăng nhập lại bằng mật khẩu của chính bạn trước.</translation>
    </message>
    <message>
        <source>User %1 added. They can log in now.</source>
        <translation>Đã thêm người dùng %1. Người này có thể đăng nhập ngay.</translation>
    </message>
    <message>
        <source>The changes to %1 were saved.</source>
        <translation>Đã lưu thay đổi của %1.</translation>
    </message>
    <message>
        <source>A temporary password was set for %1. At the next login they must choose their own.</source>
        <translation>Đã đặt mật khẩu tạm thời cho %1. Ở lần đăng nhập sau, người này phải tự chọn mật khẩu riêng.</translation>
    </message>
    <message>
        <source>%1 is disabled and can no longer log in.</source>
        <translation>Đã khóa %1: tài khoản này không thể đăng nhập nữa.</translation>
    </message>
    <message>
        <source>%1 is enabled and can log in again.</source>
        <translation>Đã mở khóa %1: tài khoản này có thể đăng nhập lại.</translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation>&amp;Gỡ tạm khóa</translation>
    </message>
    <message>
        <source>%1 is unlocked and can log in again.</source>
        <translation>Đã gỡ tạm khóa %1: tài khoản này có thể đăng nhập lại.</translation>
    </message>
    <message>
        <source>User %1 added. They can log in here now, and at the center&apos;s other workstations once this workstation&apos;s next sync has sent the account to the center.</source>
        <translation>Đã thêm người dùng %1. Người dùng đăng nhập được ngay trên máy trạm này, và trên các máy trạm khác của trung tâm sau khi lần đồng bộ tới của máy trạm này đã gửi tài khoản lên máy chủ trung tâm.</translation>
    </message>
</context>
<context>
    <name>motcua::WorkCalendar</name>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>1 working day</source>
        <translation>1 ngày làm việc</translation>
    </message>
    <message>
        <source>1 working hour</source>
        <translation>1 giờ làm việc</translation>
    </message>
    <message>
        <source>1 calendar day</source>
        <translation>1 ngày</translation>
    </message>
    <message>
        <source>holiday</source>
        <translation>ngày lễ</translation>
    </message>
    <message>
        <source>compensatory day off</source>
        <translation>ngày nghỉ bù</translation>
    </message>
    <message>
        <source>working day</source>
        <translation>ngày làm việc bù</translation>
    </message>
    <message>
        <source>%1 is not a working day, moved to %2</source>
        <translation>%1 không phải ngày làm việc, chuyển sang %2</translation>
    </message>
    <message>
        <source>%1 from %2</source>
        <translation>%1 kể từ %2</translation>
    </message>
    <message>
        <source>received %1, at or after the procedure&apos;s %2 cutoff</source>
        <translation>tiếp nhận lúc %1, từ mốc %2 của thủ tục trở về sau</translation>
    </message>
    <message>
        <source>received %1, outside working hours</source>
        <translation>tiếp nhận lúc %1, ngoài giờ làm việc</translation>
    </message>
    <message>
        <source>weekend</source>
        <translation>cuối tuần</translation>
    </message>
    <message>
        <source>%1 weekends</source>
        <translation>%1 ngày cuối tuần</translation>
    </message>
    <message>
        <source>skipped: %1</source>
        <translation>bỏ qua: %1</translation>
    </message>
    <message>
        <source>counted swapped working days: %1</source>
        <translation>đã tính ngày làm việc bù: %1</translation>
    </message>
</context>
<context>
    <name>motcua::main</name>
    <message>
        <source>Create or migrate the database; --admin NAME creates the first administrator.</source>
        <translation>Tạo mới hoặc nâng cấp cơ sở dữ liệu; --admin TÊN tạo quản trị viên đầu tiên.</translation>
    </message>
    <message>
        <source>Import a procedure catalogue file (administrators).</source>
        <translation>Nhập tệp danh mục thủ tục (quản trị viên).</translation>
    </message>
    <message>
        <source>catalogue list [--department CODE]: the procedures.</source>
        <translation>catalogue list [--department MÃ]: các thủ tục.</translation>
    </message>
    <message>
        <source>calendar due ...: an appointment date; calendar holidays YEAR.</source>
        <translation>calendar due ...: ngày hẹn trả; calendar holidays NĂM.</translation>
    </message>
    <message>
        <source>dossier create FILE.json; dossier show CODE; dossier print CODE --form NN --out F; dossier transfer|receive|complete|return|... CODE: the steps after intake.</source>
        <translation>dossier create TỆP.json; dossier show MÃ; dossier print MÃ --form NN --out F; dossier transfer|receive|complete|return|... MÃ: các bước sau tiếp nhận.</translation>
    </message>
    <message>
        <source>audit verify --user ADMIN: check that the audit trail was not altered.</source>
        <translation>audit verify --user QUẢN_TRỊ: kiểm tra rằng nhật ký kiểm tra không bị sửa đổi.</translation>
    </message>
    <message>
        <source>attach CODE --component ID FILE...: store files (encrypted) with a dossier&apos;s paper; attach fetch CODE [--all]: fetch the files kept at the center.</source>
        <translation>attach MÃ --component ID TỆP...: lưu tệp (đã mã hóa) vào một giấy tờ của hồ sơ; attach fetch MÃ [--all]: tải về các tệp lưu ở trung tâm.</translation>
    </message>
    <message>
        <source>store verify: check every attachment; store sweep: remove orphan files; store compact: shrink the database file; store purge: remove what retention no longer keeps.</source>
        <translation>store verify: kiểm tra mọi tệp đính kèm; store sweep: xóa tệp không còn dùng; store compact: thu gọn tệp cơ sở dữ liệu; store purge: xóa những gì đã hết thời hạn lưu giữ.</translation>
    </message>
    <message>
        <source>ledger --from DATE --to DATE --out FILE.pdf|.csv: the dossier ledger (form 06).</source>
        <translation>ledger --from NGÀY --to NGÀY --out TỆP.pdf|.csv: sổ theo dõi hồ sơ (mẫu 06).</translation>
    </message>
    <message>
        <source>qr parse TEXT: a citizen ID card QR&apos;s fields; qr decode IMAGE.</source>
        <translation>qr parse NỘI_DUNG: các thông tin trong mã QR trên thẻ căn cước công dân; qr decode ẢNH.</translation>
    </message>
    <message>
        <source>report --from DATE --to DATE --by department|field --format pdf|xlsx|csv|json --out FILE: the periodic report.</source>
        <translation>report --from NGÀY --to NGÀY --by department|field --format pdf|xlsx|csv|json --out TỆP: báo cáo định kỳ.</translation>
    </message>
    <message>
        <source>counts [--date DATE]: the day&apos;s figures of the dashboard.</source>
        <translation>counts [--date NGÀY]: số liệu trong ngày của bảng tổng hợp.</translation>
    </message>
    <message>
        <source>dossiers --from DATE --to DATE [--department CODE] --format csv|json|xlsx --out F --user NAME [--personal]: the period&apos;s dossiers as a list.</source>
        <translation>dossiers --from NGÀY --to NGÀY [--department MÃ] --format csv|json|xlsx --out TỆP --user TÊN [--personal]: danh sách hồ sơ của kỳ.</translation>
    </message>
    <message>
        <source>online list|show REF|accept REF|supplement REF|refuse REF --user NAME: dossiers submitted online, waiting for a decision.</source>
        <translation>online list|show REF|accept REF|supplement REF|refuse REF --user TÊN: hồ sơ nộp trực tuyến đang chờ quyết định.</translation>
    </message>
    <message>
        <source>quality --from DATE --to DATE [--department CODE]: the national service-quality index (Decision 766) from this center&apos;s dossiers.</source>
        <translation>quality --from NGÀY --to NGÀY [--department MÃ]: bộ chỉ số chất lượng phục vụ quốc gia (Quyết định 766) từ hồ sơ của trung tâm.</translation>
    </message>
    <message>
        <source>scan --device NAME [--pages N] [--dpi D] [--mode grey|color|bw] --out F.pdf; scan --list.</source>
        <translation>scan --device TÊN [--pages N] [--dpi D] [--mode grey|color|bw] --out F.pdf; scan --list.</translation>
    </message>
    <message>
        <source>Find dossiers by code, ID number, phone or name.</source>
        <translation>Tìm hồ sơ theo mã, số giấy tờ tùy thân, điện thoại hoặc tên.</translation>
    </message>
    <message>
        <source>Fill a new database with realistic dossiers (demos, benchmarks).</source>
        <translation>Tạo cơ sở dữ liệu mới chứa hồ sơ giống thực tế (trình diễn, đo hiệu năng).</translation>
    </message>
    <message>
        <source>settings list|get KEY|set KEY VALUE --user ADMIN: the settings, checked and audited.</source>
        <translation>settings list|get KHÓA|set KHÓA GIÁ_TRỊ --user QUẢN_TRỊ: các thiết lập, có kiểm tra và ghi nhật ký.</translation>
    </message>
    <message>
        <source>sync now|status|export FILE|pause|resume|retry: the portal outbox.</source>
        <translation>sync now|status|export TỆP|pause|resume|retry: hàng chờ gửi lên cổng dịch vụ công.</translation>
    </message>
    <message>
        <source>users add USERNAME --role ROLE --name NAME; users list; users unlock USERNAME.</source>
        <translation>users add TÊN_ĐĂNG_NHẬP --role VAI_TRÒ --name HỌ_TÊN; users list; users unlock TÊN_ĐĂNG_NHẬP.</translation>
    </message>
    <message>
        <source>Usage: motcuactl [--db PATH] [--json] COMMAND [options]

The command-line client of MotCua Desk.

Commands:
</source>
        <translation>Cách dùng: motcuactl [--db ĐƯỜNG_DẪN] [--json] LỆNH [tùy chọn]

Công cụ dòng lệnh của MotCua Desk.

Các lệnh:
</translation>
    </message>
    <message>
        <source>motcuactl: unknown command &apos;%1&apos;. Try &apos;motcuactl --help&apos;.
</source>
        <translation>motcuactl: lệnh &apos;%1&apos; không hợp lệ. Hãy thử &apos;motcuactl --help&apos;.
</translation>
    </message>
    <message>
        <source>Intake desk for one-stop service centers</source>
        <translation>Phần mềm tiếp nhận hồ sơ cho bộ phận một cửa</translation>
    </message>
    <message>
        <source>Database file to open.</source>
        <translation>Tệp cơ sở dữ liệu cần mở.</translation>
    </message>
    <message>
        <source>Save a picture of the main window and quit.</source>
        <translation>Lưu ảnh cửa sổ chính rồi thoát.</translation>
    </message>
    <message>
        <source>Interface language for this run: vi or en.</source>
        <translation>Ngôn ngữ giao diện cho lần chạy này: vi hoặc en.</translation>
    </message>
    <message>
        <source>Page to open first (intake, catalogue, ..., quality).</source>
        <translation>Trang mở đầu tiên (intake, catalogue, ..., quality).</translation>
    </message>
    <message>
        <source>Log in as this user; the password is read from MOTCUA_PASSWORD.</source>
        <translation>Đăng nhập bằng người dùng này; mật khẩu đọc từ MOTCUA_PASSWORD.</translation>
    </message>
    <message>
        <source>Log in as the demo administrator.</source>
        <translation>Đăng nhập bằng quản trị viên mẫu.</translation>
    </message>
    <message>
        <source>Print the start-up time.</source>
        <translation>In thời gian khởi động.</translation>
    </message>
    <message>
        <source>Quit as soon as the main window is ready (with --timing: measure it).</source>
        <translation>Thoát ngay khi cửa sổ chính sẵn sàng (với --timing: đo thời gian này).</translation>
    </message>
    <message>
        <source>MotCua Desk</source>
        <translation>MotCua Desk</translation>
    </message>
    <message>
        <source>%1 must choose a new password first.</source>
        <translation>%1 phải chọn mật khẩu mới trước.</translation>
    </message>
    <message>
        <source>Demo administrator</source>
        <translation>Quản trị viên mẫu</translation>
    </message>
    <message>
        <source>center join URL --code CODE --ca FILE | refeed: join the center&apos;s server (motcua-center), or pull its dossiers again.</source>
        <translation>center join URL --code MÃ --ca TỆP | refeed: kết nối với máy chủ của trung tâm (motcua-center), hoặc tải lại các hồ sơ của trung tâm.</translation>
    </message>
    <message>
        <source>
Global options (every command):
  --db PATH    the database file (default: the user&apos;s data directory); a new file gets the demo center
  --json       machine-readable JSON output
  --user NAME  act as this user (commands that change data); the password comes from
               MOTCUA_PASSWORD or is asked on the terminal without echo
  --help       help for a command: motcuactl COMMAND --help
  --lang CODE  the language of messages: vi (the default) or en; MOTCUA_LANG sets it too

Exit codes:
  0  success
  1  failure (database, file system, cryptography)
  2  bad input: usage error, invalid value or file, unknown code, duplicate; the reason is on stderr
  3  refused: wrong user name or password, or the user&apos;s role does not allow the command
</source>
        <translation>
Tùy chọn chung (mọi lệnh):
  --db ĐƯỜNG_DẪN  tệp cơ sở dữ liệu (mặc định: thư mục dữ liệu của người dùng); tệp mới được nạp trung tâm mẫu
  --json          kết quả dạng JSON để máy đọc
  --user TÊN      thực hiện với tư cách người dùng này (các lệnh thay đổi dữ liệu); mật khẩu lấy từ
                  MOTCUA_PASSWORD hoặc được hỏi trên terminal mà không hiện ký tự
  --help          trợ giúp cho một lệnh: motcuactl LỆNH --help
  --lang MÃ       ngôn ngữ của thông báo: vi (mặc định) hoặc en; biến MOTCUA_LANG cũng đặt được

Mã thoát:
  0  thành công
  1  lỗi (cơ sở dữ liệu, hệ thống tệp, mật mã)
  2  dữ liệu vào sai: sai cú pháp lệnh, giá trị hoặc tệp không hợp lệ, mã không tồn tại, bị trùng; lý do được ghi ra stderr
  3  bị từ chối: sai tên đăng nhập hoặc mật khẩu, hoặc vai trò của người dùng không được phép thực hiện lệnh
</translation>
    </message>
</context>
</TS>
