//! Words of the success record and follow-up, the register import, the
//! difficult-case questions and the mediators' pay. One exhaustive match,
//! like `CommonText`, so a key without both languages does not compile.

use hgcs_domain::Lang;
use hgcs_domain::mediation::{ClaimStatus, Education, Execution, QuestionStatus};

use super::{Words, pick, text};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum RecordText {
    // Success record
    RecordTitle,
    RecordHint,
    RecordBasis,
    RecordParties,
    RecordContent,
    RecordProcess,
    RecordAgreement,
    RecordRights,
    RecordMethod,
    RecordSignatures,
    SaveRecord,
    RecordSaved,
    DownloadRecord,
    DownloadRecordHint,
    // Follow-up of the agreement
    ExecutionTitle,
    ExecutionHint,
    ExecutionState,
    ExecPending,
    Executed,
    NotExecuted,
    ExecutionOn,
    SaveExecution,
    // Pay on the case page
    ClaimTitle,
    ClaimHint,
    ClaimPay,
    ClaimedOn,
    ClaimSent,
    SeeClaims,
    // Import
    ImportLink,
    ImportTitle,
    ImportIntro,
    ImportColumns,
    ColVillageHint,
    ColTeamHint,
    ColNameHint,
    ColSexHint,
    ColBirthHint,
    ColEthnicityHint,
    ColEducationHint,
    ColOccupationHint,
    ColPhoneHint,
    ColLeaderHint,
    RequiredColumn,
    NothingWritten,
    ImportFile,
    ImportFileHint,
    ChooseFile,
    WrongImportType,
    Upload,
    Uploading,
    CheckResult,
    FileProblems,
    NoProblems,
    HasProblems,
    Line,
    Village,
    IsLeader,
    Commit,
    Committing,
    ImportDone,
    ImportFailed,
    GoToTeams,
    UploadAnother,
    RowProblem,
    WardOnly,
    // Questions
    NavQuestions,
    QuestionsIntro,
    QuestionList,
    NoQuestions,
    SearchQuestions,
    AccentsIgnored,
    AllQuestions,
    StatusOpen,
    StatusClosed,
    NewQuestion,
    QuestionTitle,
    QuestionFacts,
    Anonymise,
    AskQuestion,
    AskedOn,
    AskedBy,
    AnswerCount,
    Facts,
    Answers,
    NoAnswers,
    AnswerBody,
    PostAnswer,
    AnswerPosted,
    CloseQuestion,
    CloseConfirm,
    QuestionClosed,
    Attachments,
    NoAttachments,
    AttachFiles,
    AttachHint,
    FilesAttached,
    // Pay
    NavPay,
    PayIntro,
    PayRates,
    NoRates,
    RateUnit,
    Amount,
    EffectiveFrom,
    RateBasis,
    Claims,
    NoClaims,
    ClaimStatus,
    Claimed,
    Approved,
    Refused,
    Paid,
    DecidedOn,
    PaidOn,
    DecisionOverdue,
    PaymentOverdue,
    Decide,
    DecideTitle,
    ApproveClaim,
    RefuseClaim,
    DecisionOn,
    RefuseReason,
    ReasonRequired,
    ClaimDecided,
    RecordPayment,
    PaymentTitle,
    PaymentRecorded,
}

/// The (vi, en) wording of a message.
impl Words for RecordText {
    fn pair(self) -> (&'static str, &'static str) {
        use RecordText::*;
        match self {
            RecordTitle => ("Biên bản hòa giải thành", "Record of successful mediation"),
            RecordHint => (
                "Biên bản gồm 8 nội dung theo Điều 24 Luật Hòa giải ở cơ sở. Có thể sửa và lưu lại nhiều lần; bản Word lấy nội dung lần lưu gần nhất.",
                "The record has the 8 parts of Article 24 of the Law on Grassroots Mediation. You may edit and save it again; the Word file uses the last saved text.",
            ),
            RecordBasis => ("1. Căn cứ tiến hành hòa giải", "1. Grounds for mediating"),
            RecordParties => (
                "2. Thông tin cơ bản về các bên",
                "2. Basic information on the parties",
            ),
            RecordContent => (
                "3. Nội dung chủ yếu của vụ, việc",
                "3. Main content of the matter",
            ),
            RecordProcess => (
                "4. Diễn biến của quá trình hòa giải",
                "4. How the mediation went",
            ),
            RecordAgreement => (
                "5. Thỏa thuận đạt được và giải pháp thực hiện",
                "5. Agreement reached and how it is carried out",
            ),
            RecordRights => (
                "6. Quyền và nghĩa vụ của các bên",
                "6. Rights and duties of the parties",
            ),
            RecordMethod => (
                "7. Phương thức, thời hạn thực hiện thỏa thuận",
                "7. Method and deadline for carrying out the agreement",
            ),
            RecordSignatures => (
                "8. Chữ ký hoặc điểm chỉ của các bên và của hòa giải viên",
                "8. Signatures or fingerprints of the parties and the mediators",
            ),
            SaveRecord => ("Lưu biên bản", "Save the record"),
            RecordSaved => ("Đã lưu biên bản hòa giải thành.", "Record saved."),
            DownloadRecord => ("Tải biên bản (Word)", "Download the record (Word)"),
            DownloadRecordHint => (
                "Chỉ tải được sau khi biên bản đã được lưu.",
                "Available once the record has been saved.",
            ),
            ExecutionTitle => (
                "Theo dõi thực hiện thỏa thuận",
                "Follow-up of the agreement",
            ),
            ExecutionHint => (
                "Tổ hòa giải theo dõi, đôn đốc việc thực hiện thỏa thuận của các bên.",
                "The team follows up and urges the parties to carry out their agreement.",
            ),
            ExecutionState => ("Tình hình thực hiện", "Status"),
            ExecPending => ("Đang theo dõi", "Being followed up"),
            Executed => ("Đã thực hiện xong", "Carried out"),
            NotExecuted => ("Không thực hiện", "Not carried out"),
            ExecutionOn => ("Ngày ghi nhận", "Date"),
            SaveExecution => ("Ghi nhận", "Record"),
            ClaimTitle => ("Thù lao hòa giải viên", "Mediator fee"),
            ClaimHint => (
                "Vụ việc đã kết thúc được chi thù lao theo mức của tỉnh. UBND phường, xã xét duyệt trong 5 ngày làm việc và chi trong 3 ngày làm việc sau khi duyệt.",
                "A case that has ended earns the province's fee. The ward decides within 5 working days and pays within 3 working days of approving.",
            ),
            ClaimPay => ("Đề nghị chi thù lao", "Claim the fee"),
            ClaimedOn => ("Ngày đề nghị", "Claimed on"),
            ClaimSent => ("Đã gửi đề nghị chi thù lao.", "Fee claim sent."),
            SeeClaims => ("Xem các đề nghị chi thù lao", "See the fee claims"),
            ImportLink => ("Nhập danh sách từ tệp Excel", "Import from an Excel file"),
            ImportTitle => (
                "Nhập danh sách tổ hòa giải, hòa giải viên",
                "Import mediation teams and mediators",
            ),
            ImportIntro => (
                "Chọn tệp Excel (.xlsx) hoặc CSV của phường, xã. Dòng đầu tiên là tên cột (có dấu hoặc không dấu, thứ tự bất kỳ); mỗi dòng tiếp theo là một hòa giải viên.",
                "Choose the ward's Excel (.xlsx) or CSV file. The first row names the columns (with or without accents, in any order); each following row is one mediator.",
            ),
            ImportColumns => ("Các cột của tệp", "Columns of the file"),
            ColVillageHint => (
                "tên thôn, tổ dân phố đã có trong phường, xã",
                "name of a village or residential group of the ward",
            ),
            ColTeamHint => ("tên tổ hòa giải", "name of the mediation team"),
            ColNameHint => ("họ và tên hòa giải viên", "the mediator's full name"),
            ColSexHint => ("«Nam» hoặc «Nữ»", "«Nam» (male) or «Nữ» (female)"),
            ColBirthHint => ("ví dụ 1965", "e.g. 1965"),
            ColEthnicityHint => ("để trống là Kinh", "empty means Kinh"),
            ColEducationHint => (
                "ví dụ «Cử nhân Luật», «Đại học», «Không»",
                "e.g. «Cử nhân Luật» (law degree), «Đại học», «Không» (none)",
            ),
            ColOccupationHint => ("không bắt buộc", "optional"),
            ColPhoneHint => ("không bắt buộc", "optional"),
            ColLeaderHint => (
                "ghi «x» ở dòng của tổ trưởng; mỗi tổ một người",
                "«x» on the leader's row; one per team",
            ),
            RequiredColumn => ("bắt buộc", "required"),
            NothingWritten => (
                "Tải tệp lên chỉ để kiểm tra: chưa có gì được ghi vào danh sách cho đến khi bạn bấm «Xác nhận nhập».",
                "Uploading only checks the file: nothing is written to the register until you press «Confirm the import».",
            ),
            ImportFile => ("Tệp danh sách (.xlsx, .csv)", "Register file (.xlsx, .csv)"),
            ImportFileHint => (
                "Một tệp, trang tính đầu tiên được đọc.",
                "One file; the first sheet is read.",
            ),
            ChooseFile => (
                "Chọn một tệp .xlsx hoặc .csv",
                "Choose an .xlsx or .csv file",
            ),
            WrongImportType => (
                "Chỉ nhận tệp .xlsx hoặc .csv",
                "Only .xlsx or .csv files are accepted",
            ),
            Upload => ("Tải lên và kiểm tra", "Upload and check"),
            Uploading => (
                "Đang đọc và kiểm tra tệp…",
                "Reading and checking the file…",
            ),
            CheckResult => ("Kết quả kiểm tra", "Check result"),
            FileProblems => (
                "Lỗi chung của tệp và của tổ",
                "Problems with the file or a team",
            ),
            NoProblems => (
                "Không phát hiện lỗi. Kiểm tra lại danh sách dưới đây rồi bấm «Xác nhận nhập».",
                "No problems found. Check the list below, then press «Confirm the import».",
            ),
            HasProblems => (
                "Còn lỗi: sửa trong tệp rồi tải lên lại. Chưa thể nhập khi còn lỗi.",
                "There are problems: fix them in the file and upload it again. Nothing can be imported while problems remain.",
            ),
            Line => ("Dòng", "Line"),
            Village => ("Thôn, tổ dân phố", "Village"),
            IsLeader => ("Tổ trưởng", "Leader"),
            Commit => ("Xác nhận nhập", "Confirm the import"),
            Committing => ("Đang ghi vào danh sách…", "Writing to the register…"),
            ImportDone => (
                "Đã nhập xong danh sách tổ hòa giải, hòa giải viên.",
                "The teams and mediators have been imported.",
            ),
            ImportFailed => ("Nhập danh sách không thành công.", "The import failed."),
            GoToTeams => ("Xem danh sách tổ hòa giải", "Go to the teams"),
            UploadAnother => ("Tải tệp khác", "Upload another file"),
            RowProblem => ("Lỗi", "Problem"),
            WardOnly => (
                "Chỉ công chức Tư pháp phường, xã nhập danh sách.",
                "Only the ward justice officer imports a register.",
            ),
            NavQuestions => ("Hỏi đáp vụ việc khó", "Difficult-case questions"),
            QuestionsIntro => (
                "Phường, xã hỏi về vụ việc khó; Phòng Tư pháp và các cơ quan pháp luật trả lời. Các câu hỏi đã trả lời là tài liệu tham khảo cho các tổ hòa giải.",
                "Wards ask about difficult cases; the City Justice Office and legal partners answer. Answered questions are guidance for every team.",
            ),
            QuestionList => ("Danh sách câu hỏi", "Questions"),
            NoQuestions => ("Không có câu hỏi nào.", "No questions."),
            SearchQuestions => (
                "Tìm trong câu hỏi và câu trả lời",
                "Search questions and answers",
            ),
            AccentsIgnored => (
                "Gõ có dấu hay không dấu đều được.",
                "Vietnamese accents are optional.",
            ),
            AllQuestions => ("Tất cả", "All"),
            StatusOpen => ("Đang mở", "Open"),
            StatusClosed => ("Đã đóng", "Closed"),
            NewQuestion => ("Đặt câu hỏi mới", "Ask a new question"),
            QuestionTitle => ("Tiêu đề", "Title"),
            QuestionFacts => ("Tình tiết vụ việc", "Facts of the case"),
            Anonymise => (
                "Không ghi họ tên, tuổi, địa chỉ của các bên: câu hỏi được chia sẻ với các phường, xã khác và các cơ quan, tổ chức phối hợp.",
                "Leave out the parties' names, ages and addresses: questions are shared with other wards and partner organisations.",
            ),
            AskQuestion => ("Gửi câu hỏi", "Send the question"),
            AskedOn => ("Ngày hỏi", "Asked on"),
            AskedBy => ("Đơn vị hỏi", "Asked by"),
            AnswerCount => ("Số trả lời", "Answers"),
            Facts => ("Tình tiết", "Facts"),
            Answers => ("Trả lời", "Answers"),
            NoAnswers => ("Chưa có trả lời.", "No answers yet."),
            AnswerBody => ("Nội dung trả lời", "Your answer"),
            PostAnswer => ("Gửi trả lời", "Post the answer"),
            AnswerPosted => ("Đã gửi trả lời.", "Answer posted."),
            CloseQuestion => ("Đóng câu hỏi", "Close the question"),
            CloseConfirm => (
                "Đóng câu hỏi khi đã có câu trả lời thỏa đáng; sau đó không trả lời thêm được.",
                "Close the question once it is answered; no more answers can be posted after.",
            ),
            QuestionClosed => ("Đã đóng câu hỏi.", "Question closed."),
            Attachments => ("Tài liệu kèm theo", "Attachments"),
            NoAttachments => ("Không có tài liệu kèm theo.", "No attachments."),
            AttachFiles => ("Đính kèm tệp", "Attach files"),
            AttachHint => (
                "Xóa tên, địa chỉ của các bên trong tài liệu trước khi đính kèm. PDF, DOCX, XLSX, PNG, JPEG; mỗi tệp tối đa 20 MB.",
                "Remove the parties' names and addresses from documents first. PDF, DOCX, XLSX, PNG, JPEG; 20 MB at most each.",
            ),
            FilesAttached => ("Đã đính kèm tệp.", "Files attached."),
            NavPay => ("Thù lao hòa giải viên", "Mediator fees"),
            PayIntro => (
                "Tổ trưởng đề nghị chi thù lao cho vụ việc đã kết thúc; công chức Tư pháp phường, xã xét duyệt trong 5 ngày làm việc và chi trong 3 ngày làm việc sau khi duyệt.",
                "Team leaders claim the fee for a case that has ended; the ward justice officer decides within 5 working days and pays within 3 working days of approving.",
            ),
            PayRates => ("Mức chi thù lao", "Fee rates"),
            NoRates => (
                "Chưa có mức chi thù lao nào được thiết lập.",
                "No fee rate has been set.",
            ),
            RateUnit => ("Địa bàn áp dụng", "Applies in"),
            Amount => ("Mức chi", "Amount"),
            EffectiveFrom => ("Áp dụng từ ngày", "Effective from"),
            RateBasis => ("Căn cứ", "Basis"),
            Claims => ("Đề nghị chi thù lao", "Fee claims"),
            NoClaims => ("Chưa có đề nghị chi thù lao nào.", "No fee claims."),
            ClaimStatus => ("Tình trạng", "Status"),
            Claimed => ("Chờ xét duyệt", "Awaiting decision"),
            Approved => ("Đã duyệt, chờ chi", "Approved, awaiting payment"),
            Refused => ("Không duyệt", "Refused"),
            Paid => ("Đã chi", "Paid"),
            DecidedOn => ("Ngày xét duyệt", "Decided on"),
            PaidOn => ("Ngày chi", "Paid on"),
            DecisionOverdue => ("Quá hạn xét duyệt", "Decision overdue"),
            PaymentOverdue => ("Quá hạn chi", "Payment overdue"),
            Decide => ("Xét duyệt", "Decide"),
            DecideTitle => ("Xét duyệt đề nghị chi thù lao", "Decide on the fee claim"),
            ApproveClaim => ("Duyệt chi", "Approve"),
            RefuseClaim => ("Không duyệt", "Refuse"),
            DecisionOn => ("Ngày xét duyệt", "Date of the decision"),
            RefuseReason => ("Lý do", "Reason"),
            ReasonRequired => (
                "Khi không duyệt phải ghi lý do",
                "Give the reason for refusing",
            ),
            ClaimDecided => ("Đã xét duyệt đề nghị.", "Decision recorded."),
            RecordPayment => ("Ghi nhận đã chi", "Record the payment"),
            PaymentTitle => ("Ghi nhận đã chi thù lao", "Record the fee payment"),
            PaymentRecorded => ("Đã ghi nhận việc chi thù lao.", "Payment recorded."),
        }
    }
}

// Records, imports, questions and pay.

pub fn execution(execution: Execution) -> RecordText {
    match execution {
        Execution::Pending => RecordText::ExecPending,
        Execution::Executed => RecordText::Executed,
        Execution::NotExecuted => RecordText::NotExecuted,
    }
}

pub fn claim_status(status: ClaimStatus) -> RecordText {
    match status {
        ClaimStatus::Claimed => RecordText::Claimed,
        ClaimStatus::Approved => RecordText::Approved,
        ClaimStatus::Refused => RecordText::Refused,
        ClaimStatus::Paid => RecordText::Paid,
    }
}

pub fn question_status(status: QuestionStatus) -> RecordText {
    match status {
        QuestionStatus::Open => RecordText::StatusOpen,
        QuestionStatus::Closed => RecordText::StatusClosed,
    }
}

/// An education code of an imported row ("law_degree", "other_degree",
/// "none"), named; an unknown code is shown as sent.
pub fn education_code(lang: Lang, code: &str) -> String {
    match Education::parse(code) {
        Some(education) => text(lang, super::education(education)).to_owned(),
        None => code.to_owned(),
    }
}

/// An amount of đồng as Vietnamese write it: "300.000 đ".
pub fn vnd(amount: i64) -> String {
    format!("{} đ", hgcs_domain::text::thousands(amount))
}

/// "12 dòng, 3 lỗi".
pub fn rows_and_problems(lang: Lang, rows: usize, problems: usize) -> String {
    pick(
        lang,
        format!("{rows} dòng hòa giải viên, {problems} lỗi"),
        format!("{rows} mediator row(s), {problems} problem(s)"),
    )
}

/// "Đã ghi 40/120 dòng".
pub fn rows_written(lang: Lang, processed: i32, total: i32) -> String {
    pick(
        lang,
        format!("Đã ghi {processed}/{total} dòng"),
        format!("{processed} of {total} rows written"),
    )
}

/// "Dòng 7" before a problem of that line; line 0 is a whole team.
pub fn problem_line(lang: Lang, line: usize) -> String {
    if line == 0 {
        return String::new();
    }
    pick(lang, format!("Dòng {line}: "), format!("Line {line}: "))
}
