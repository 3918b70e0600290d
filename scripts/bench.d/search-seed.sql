-- Library items for the search benchmark, valid against every constraint:
-- :count items of the city, 90 % published, 5 % drafts, 5 % withdrawn.
-- Each title and summary is made of Vietnamese phrases, each of them in
-- about one item in eight; the search key beside each holds the same text
-- folded as the server folds it (lower case, no marks, "đ" as "d"). Every
-- item has its own number, e.g. 'BD-1234/2026'.
\set ON_ERROR_STOP on
CREATE TEMP TABLE phrase (slot int, shown text, folded text);
INSERT INTO phrase VALUES
    (0, 'Hòa giải ở cơ sở', 'hoa giai o co so'),
    (1, 'đất đai', 'dat dai'),
    (2, 'hôn nhân và gia đình', 'hon nhan va gia dinh'),
    (3, 'thừa kế', 'thua ke'),
    (4, 'tranh chấp lối đi', 'tranh chap loi di'),
    (5, 'bạo lực gia đình', 'bao luc gia dinh'),
    (6, 'phòng, chống tham nhũng', 'phong chong tham nhung'),
    (7, 'bảo vệ môi trường', 'bao ve moi truong'),
    (8, 'xây dựng nông thôn mới', 'xay dung nong thon moi'),
    (9, 'an ninh, trật tự', 'an ninh trat tu'),
    (10, 'người cao tuổi', 'nguoi cao tuoi'),
    (11, 'quyền trẻ em', 'quyen tre em'),
    (12, 'quyền sử dụng đất', 'quyen su dung dat'),
    (13, 'nghĩa vụ quân sự', 'nghia vu quan su'),
    (14, 'thi hành án dân sự', 'thi hanh an dan su'),
    (15, 'tiếp công dân', 'tiep cong dan'),
    (16, 'khiếu nại, tố cáo', 'khieu nai to cao'),
    (17, 'cư trú', 'cu tru'),
    (18, 'hộ tịch', 'ho tich'),
    (19, 'giao thông đường bộ', 'giao thong duong bo'),
    (20, 'phổ biến, giáo dục pháp luật', 'pho bien giao duc phap luat'),
    (21, 'kỹ năng hòa giải', 'ky nang hoa giai'),
    (22, 'tổ hòa giải', 'to hoa giai'),
    (23, 'hợp đồng vay tài sản', 'hop dong vay tai san'),
    (24, 'an toàn thực phẩm', 'an toan thuc pham'),
    (25, 'phòng cháy, chữa cháy', 'phong chay chua chay'),
    (26, 'lao động', 'lao dong'),
    (27, 'bảo hiểm xã hội', 'bao hiem xa hoi'),
    (28, 'phòng, chống ma túy', 'phong chong ma tuy'),
    (29, 'dân tộc thiểu số', 'dan toc thieu so');
CREATE TEMP TABLE kind (slot int, kind text, shown text, folded text);
INSERT INTO kind VALUES
    (0, 'law', 'Luật', 'luat'),
    (1, 'decree', 'Nghị định', 'nghi dinh'),
    (2, 'plan', 'Kế hoạch', 'ke hoach'),
    (3, 'handbook', 'Sổ tay', 'so tay'),
    (4, 'media', 'Phóng sự', 'phong su');

INSERT INTO library_items (unit_id, kind, title, issuer, number, issued_on, summary, tags,
                           state, published_at, search_key, created_by, created_at, updated_at)
SELECT city.id, k.kind,
       k.shown || ' về ' || a.shown || ' số ' || n,
       'Ủy ban nhân dân thành phố',
       'BD-' || n || '/2026',
       DATE '2015-01-01' + (n % 4000),
       'Hướng dẫn về ' || b.shown || ', ' || c.shown || ' và ' || d.shown || '.',
       ARRAY[a.folded, b.folded],
       s.state,
       CASE WHEN s.state = 'draft' THEN NULL ELSE now() - make_interval(mins => n) END,
       k.folded || ' ve ' || a.folded || ' so ' || n || ' bd ' || n || ' 2026 uy ban nhan dan thanh pho huong dan ve '
           || b.folded || ' ' || c.folded || ' va ' || d.folded || ' ' || a.folded || ' ' || b.folded,
       admin.id, now() - make_interval(mins => n), now() - make_interval(mins => n)
FROM generate_series(1, :count) AS n
CROSS JOIN (SELECT id FROM units WHERE seed_key = '336') AS city
CROSS JOIN (SELECT id FROM users WHERE username = 'admin') AS admin
JOIN kind k ON k.slot = n % 5
JOIN phrase a ON a.slot = (n * 7) % 30
JOIN phrase b ON b.slot = (n * 11 + 3) % 30
JOIN phrase c ON c.slot = (n * 13 + 5) % 30
JOIN phrase d ON d.slot = (n * 17 + 7) % 30
CROSS JOIN LATERAL (SELECT CASE n % 20 WHEN 0 THEN 'draft' WHEN 1 THEN 'withdrawn' ELSE 'published' END AS state) AS s;
ANALYZE library_items;
