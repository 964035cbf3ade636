<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi">
 <context>
  <name>mymap</name>
  <message>
   <location filename="../mymap_plugin/plugin.py" line="53" />
   <source>New ward map…</source>
   <translation>Bản đồ phường mới…</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/plugin.py" line="54" />
   <source>Open ward map…</source>
   <translation>Mở bản đồ phường…</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/plugin.py" line="55" />
   <source>Validate ward map…</source>
   <translation>Kiểm tra bản đồ phường…</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/plugin.py" line="56" />
   <source>Print QR labels…</source>
   <translation>In tem QR…</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/plugin.py" line="58" />
   <source>Export QR tag images…</source>
   <translation>Xuất ảnh tem QR…</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/plugin.py" line="61" />
   <source>Publish asset record pages…</source>
   <translation>Công bố trang thông tin tài sản…</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/plugin.py" line="137" />
   <location filename="../mymap_plugin/ward_map/create_ward_map.py" line="115" />
   <source>Creating the ward map was cancelled; no file was written.</source>
   <translation>Đã hủy tạo bản đồ phường; không có tệp nào được ghi.</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/plugin.py" line="142" />
   <location filename="../mymap_plugin/plugin.py" line="150" />
   <location filename="../mymap_plugin/ward_map/processing/open_ward_map_algorithm.py" line="22" />
   <source>Open ward map</source>
   <translation>Mở bản đồ phường</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/plugin.py" line="142" />
   <location filename="../mymap_plugin/plugin.py" line="181" />
   <location filename="../mymap_plugin/ward_map/gui/new_ward_dialog.py" line="35" />
   <source>GeoPackage (*.gpkg)</source>
   <translation>GeoPackage (*.gpkg)</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/plugin.py" line="181" />
   <location filename="../mymap_plugin/plugin.py" line="193" />
   <location filename="../mymap_plugin/plugin.py" line="187" />
   <source>Validate ward map</source>
   <translation>Kiểm tra bản đồ phường</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/plugin.py" line="127" />
   <source>Creating the ward map {}…</source>
   <translation>Đang tạo bản đồ phường {}…</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/plugin.py" line="132" />
   <source>Ward map created: {}</source>
   <translation>Đã tạo bản đồ phường: {}</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/plugin.py" line="165" />
   <location filename="../mymap_plugin/ward_map/processing/open_ward_map_algorithm.py" line="37" />
   <source>Ward map opened: {}</source>
   <translation>Đã mở bản đồ phường: {}</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/plugin.py" line="189" />
   <location filename="../mymap_plugin/ward_map/processing/validate_ward_map_algorithm.py" line="34" />
   <source>Rows given a uuid or asset code: {}</source>
   <translation>Số bản ghi được gán uuid hoặc mã tài sản: {}</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/plugin.py" line="190" />
   <location filename="../mymap_plugin/ward_map/processing/validate_ward_map_algorithm.py" line="35" />
   <source>SQLite integrity check: {}</source>
   <translation>Kiểm tra toàn vẹn SQLite: {}</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/plugin.py" line="191" />
   <source>Drainage lines pointing at missing nodes: {}</source>
   <translation>Tuyến thoát nước trỏ tới nút không tồn tại: {}</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/plugin.py" line="192" />
   <source>Invalid asset codes: {}</source>
   <translation>Mã tài sản không hợp lệ: {}</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/processing_provider.py" line="27" />
   <source>MyMap — ward digital map</source>
   <translation>MyMap — bản đồ số phường</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/qr_labels/asset_links.py" line="23" />
   <location filename="../mymap_plugin/qr_labels/asset_links.py" line="30" />
   <source>An asset has no asset code yet: run “Validate ward map” first.</source>
   <translation>Có tài sản chưa có mã tài sản: hãy chạy “Kiểm tra bản đồ phường” trước.</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/qr_labels/expression_functions.py" line="20" />
   <source>&lt;h3&gt;mymap_qr_svg(text[, error_correction])&lt;/h3&gt;Returns a QR code of &lt;i&gt;text&lt;/i&gt; as SVG (base64: form) for a layout picture item's data-defined source. Error correction is L, M, Q (default) or H.</source>
   <translation>&lt;h3&gt;mymap_qr_svg(text[, error_correction])&lt;/h3&gt;Trả về mã QR của &lt;i&gt;text&lt;/i&gt; dưới dạng SVG (dạng base64:) để dùng làm nguồn ảnh theo dữ liệu (data-defined) của mục hình ảnh trong bố cục in. Mức sửa lỗi là L, M, Q (mặc định) hoặc H.</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/qr_labels/expression_functions.py" line="44" />
   <source>&lt;h3&gt;mymap_asset_url([code])&lt;/h3&gt;Returns the link a QR tag of the current asset holds, from its ward map's QR link template (or the link for &lt;i&gt;code&lt;/i&gt;).</source>
   <translation>&lt;h3&gt;mymap_asset_url([code])&lt;/h3&gt;Trả về liên kết chứa trong tem QR của tài sản hiện tại, lấy theo mẫu liên kết QR của bản đồ phường (hoặc liên kết ứng với &lt;i&gt;code&lt;/i&gt;).</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/qr_labels/expression_functions.py" line="30" />
   <source>Error correction must be L, M, Q or H.</source>
   <translation>Mức sửa lỗi phải là L, M, Q hoặc H.</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/qr_labels/expression_functions.py" line="75" />
   <source>mymap_asset_url() works on layers of a MyMap ward map.</source>
   <translation>mymap_asset_url() chỉ hoạt động trên các lớp của bản đồ phường MyMap.</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/qr_labels/gui/asset_locator.py" line="28" />
   <source>MyMap assets (code or QR link)</source>
   <translation>Tài sản MyMap (mã hoặc liên kết QR)</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/qr_labels/gui/label_dialog.py" line="35" />
   <source>Page width (mm)</source>
   <translation>Chiều rộng trang (mm)</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/qr_labels/gui/label_dialog.py" line="35" />
   <source>Page height (mm)</source>
   <translation>Chiều cao trang (mm)</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/qr_labels/gui/label_dialog.py" line="36" />
   <source>Columns</source>
   <translation>Số cột</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/qr_labels/gui/label_dialog.py" line="36" />
   <source>Rows</source>
   <translation>Số hàng</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/qr_labels/gui/label_dialog.py" line="37" />
   <source>Label width (mm)</source>
   <translation>Chiều rộng nhãn (mm)</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/qr_labels/gui/label_dialog.py" line="37" />
   <source>Label height (mm)</source>
   <translation>Chiều cao nhãn (mm)</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/qr_labels/gui/label_dialog.py" line="38" />
   <source>Left margin (mm)</source>
   <translation>Lề trái (mm)</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/qr_labels/gui/label_dialog.py" line="38" />
   <source>Top margin (mm)</source>
   <translation>Lề trên (mm)</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/qr_labels/gui/label_dialog.py" line="39" />
   <source>Gap between columns (mm)</source>
   <translation>Khoảng cách giữa các cột (mm)</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/qr_labels/gui/label_dialog.py" line="39" />
   <source>Gap between rows (mm)</source>
   <translation>Khoảng cách giữa các hàng (mm)</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/qr_labels/gui/label_dialog.py" line="60" />
   <location filename="../mymap_plugin/qr_labels/gui/label_dialog.py" line="229" />
   <location filename="../mymap_plugin/qr_labels/gui/label_dialog.py" line="244" />
   <source>Print QR labels</source>
   <translation>In tem QR</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/qr_labels/gui/label_dialog.py" line="70" />
   <location filename="../mymap_plugin/qr_labels/processing/export_tag_images_algorithm.py" line="34" />
   <location filename="../mymap_plugin/qr_labels/processing/generate_labels_algorithm.py" line="56" />
   <source>Selected assets only</source>
   <translation>Chỉ các tài sản đã chọn</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/qr_labels/gui/label_dialog.py" line="71" />
   <location filename="../mymap_plugin/qr_labels/processing/generate_labels_algorithm.py" line="58" />
   <location filename="../mymap_plugin/qr_labels/processing/mark_tags_algorithm.py" line="38" />
   <source>Only assets whose tag is not yet attached</source>
   <translation>Chỉ các tài sản chưa gắn tem</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/qr_labels/gui/label_dialog.py" line="83" />
   <location filename="../mymap_plugin/qr_labels/processing/export_tag_images_algorithm.py" line="32" />
   <location filename="../mymap_plugin/qr_labels/processing/generate_labels_algorithm.py" line="55" />
   <source>Asset layer</source>
   <translation>Lớp tài sản</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/qr_labels/gui/label_dialog.py" line="86" />
   <location filename="../mymap_plugin/qr_labels/processing/generate_labels_algorithm.py" line="59" />
   <source>Label sheet</source>
   <translation>Tờ nhãn</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/qr_labels/gui/label_dialog.py" line="87" />
   <location filename="../mymap_plugin/qr_labels/processing/generate_labels_algorithm.py" line="62" />
   <source>First free slot on the first sheet</source>
   <translation>Ô nhãn trống đầu tiên trên tờ đầu tiên</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/qr_labels/gui/label_dialog.py" line="88" />
   <location filename="../mymap_plugin/qr_labels/processing/export_tag_images_algorithm.py" line="43" />
   <location filename="../mymap_plugin/qr_labels/processing/generate_labels_algorithm.py" line="65" />
   <source>The QR holds</source>
   <translation>Mã QR chứa</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/qr_labels/gui/label_dialog.py" line="89" />
   <location filename="../mymap_plugin/qr_labels/processing/generate_labels_algorithm.py" line="66" />
   <source>Printer offset X (mm, + moves right)</source>
   <translation>Độ lệch máy in X (mm, + dịch sang phải)</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/qr_labels/gui/label_dialog.py" line="90" />
   <location filename="../mymap_plugin/qr_labels/processing/generate_labels_algorithm.py" line="67" />
   <source>Printer offset Y (mm, + moves down)</source>
   <translation>Độ lệch máy in Y (mm, + dịch xuống dưới)</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/qr_labels/gui/label_dialog.py" line="92" />
   <location filename="../mymap_plugin/qr_labels/gui/label_dialog.py" line="75" />
   <location filename="../mymap_plugin/qr_labels/label_templates.py" line="97" />
   <source>Custom grid</source>
   <translation>Lưới tùy chỉnh</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/qr_labels/gui/label_dialog.py" line="109" />
   <source>Calibration page…</source>
   <translation>Trang căn chỉnh…</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/qr_labels/gui/label_dialog.py" line="110" />
   <source>Save PDF…</source>
   <translation>Lưu PDF…</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/qr_labels/gui/label_dialog.py" line="112" />
   <source>Mark printed tags as attached</source>
   <translation>Đánh dấu các tem đã in là đã gắn</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/qr_labels/gui/label_dialog.py" line="114" />
   <source>Close</source>
   <translation>Đóng</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/qr_labels/gui/label_dialog.py" line="222" />
   <source>Save the calibration page</source>
   <translation>Lưu trang căn chỉnh</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/qr_labels/gui/label_dialog.py" line="223" />
   <location filename="../mymap_plugin/qr_labels/gui/label_dialog.py" line="236" />
   <location filename="../mymap_plugin/qr_labels/processing/generate_labels_algorithm.py" line="83" />
   <source>PDF files (*.pdf)</source>
   <translation>Tệp PDF (*.pdf)</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/qr_labels/gui/label_dialog.py" line="80" />
   <location filename="../mymap_plugin/qr_labels/processing/export_tag_images_algorithm.py" line="43" />
   <location filename="../mymap_plugin/qr_labels/processing/generate_labels_algorithm.py" line="65" />
   <source>The asset's link</source>
   <translation>Liên kết của tài sản</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/qr_labels/gui/label_dialog.py" line="80" />
   <location filename="../mymap_plugin/qr_labels/processing/export_tag_images_algorithm.py" line="43" />
   <location filename="../mymap_plugin/qr_labels/processing/generate_labels_algorithm.py" line="65" />
   <source>The asset code only</source>
   <translation>Chỉ mã tài sản</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/qr_labels/gui/label_dialog.py" line="163" />
   <source>Open a ward map first: there is no asset layer in the project.</source>
   <translation>Hãy mở bản đồ phường trước: dự án chưa có lớp tài sản nào.</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/qr_labels/gui/label_dialog.py" line="235" />
   <source>Save the label sheets</source>
   <translation>Lưu các tờ nhãn</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/qr_labels/gui/label_dialog.py" line="256" />
   <location filename="../mymap_plugin/qr_labels/label_sheet.py" line="302" />
   <source>Printing the labels was cancelled; no PDF was written.</source>
   <translation>Đã hủy in nhãn; không có tệp PDF nào được ghi.</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/qr_labels/gui/label_dialog.py" line="270" />
   <source>The printed layer is no longer in the project.</source>
   <translation>Lớp vừa in không còn trong dự án.</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/qr_labels/gui/label_dialog.py" line="211" />
   <source>{} labels on {} sheets. The preview shows the first sheet.</source>
   <translation>{} nhãn trên {} tờ. Bản xem trước hiển thị tờ đầu tiên.</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/qr_labels/gui/label_dialog.py" line="231" />
   <source>Calibration page saved: {}. Print it at 100 %.</source>
   <translation>Đã lưu trang căn chỉnh: {}. Hãy in ở tỷ lệ 100 %.</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/qr_labels/gui/label_dialog.py" line="251" />
   <source>Writing {}…</source>
   <translation>Đang ghi {}…</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/qr_labels/gui/label_dialog.py" line="264" />
   <source>{} labels saved to {}. Print at 100 % (actual size). When the tags are on, mark them as attached.</source>
   <translation>Đã lưu {} nhãn vào {}. Hãy in ở tỷ lệ 100 % (kích thước thật). Khi đã gắn tem, hãy đánh dấu là đã gắn.</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/qr_labels/gui/label_dialog.py" line="278" />
   <location filename="../mymap_plugin/qr_labels/processing/mark_tags_algorithm.py" line="49" />
   <source>QR tag status set for {} assets.</source>
   <translation>Đã đặt trạng thái tem QR cho {} tài sản.</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/qr_labels/label_content.py" line="86" />
   <source>Choose an asset layer of a ward map (housing, trees, drainage lines, drainage nodes or sensors).</source>
   <translation>Hãy chọn một lớp tài sản của bản đồ phường (nhà ở, cây xanh, tuyến thoát nước, nút thoát nước hoặc cảm biến).</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/qr_labels/label_content.py" line="90" />
   <source>The layer {} has no QR tags: choose housing, trees, drainage lines, drainage nodes or sensors.</source>
   <translation>Lớp {} không có tem QR: hãy chọn nhà ở, cây xanh, tuyến thoát nước, nút thoát nước hoặc cảm biến.</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/qr_labels/label_content.py" line="122" />
   <source>{} assets in {} have no asset code yet: run “Validate ward map” first, then print their tags.</source>
   <translation>Có {} tài sản trong {} chưa có mã tài sản: hãy chạy “Kiểm tra bản đồ phường” trước, sau đó mới in tem.</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/qr_labels/label_content.py" line="125" />
   <source>There is no asset to label in {} (check the selection and the “not yet attached” filter).</source>
   <translation>Không có tài sản nào cần in nhãn trong {} (hãy kiểm tra vùng chọn và bộ lọc “chưa gắn tem”).</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/qr_labels/label_content.py" line="128" />
   <source>Hotline {}</source>
   <translation>☎ {}</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/qr_labels/label_content.py" line="99" />
   <source>No asset is selected in {}: select the assets to label, or untick “Selected assets only”.</source>
   <translation>Chưa chọn tài sản nào trong {}: hãy chọn các tài sản cần in nhãn, hoặc bỏ đánh dấu “Chỉ các tài sản đã chọn”.</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/qr_labels/label_content.py" line="55" />
   <source>No. {}</source>
   <translation>Số {}</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/qr_labels/label_content.py" line="57" />
   <source>sub-alley {}</source>
   <translation>ngách {}</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/qr_labels/label_content.py" line="59" />
   <source>alley {}</source>
   <translation>ngõ {}</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/qr_labels/label_sheet.py" line="216" />
   <location filename="../mymap_plugin/qr_labels/processing/export_tag_images_algorithm.py" line="21" />
   <location filename="../mymap_plugin/qr_labels/processing/generate_labels_algorithm.py" line="40" />
   <source>QR tags</source>
   <translation>Tem QR</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/qr_labels/label_sheet.py" line="401" />
   <source>Calibration for {}: print at 100 % (actual size), never “fit to page”. Each ruler is {:.0f} mm long. Lay this page on a label sheet against the light: the outlines must match the labels. If they are shifted, set the printer offsets X/Y (mm) and print this page again. Offsets now: X {:+.1f} mm, Y {:+.1f} mm.</source>
   <translation>Căn chỉnh cho {}: in ở tỷ lệ 100 % (kích thước thực), tuyệt đối không chọn “Vừa với trang”. Mỗi thước đo dài {:.0f} mm. Đặt trang này chồng lên một tờ nhãn rồi soi trước nguồn sáng: các đường viền phải trùng khớp với các nhãn. Nếu bị lệch, hãy đặt độ lệch máy in X/Y (mm) rồi in lại trang này. Độ lệch hiện tại: X {:+.1f} mm, Y {:+.1f} mm.</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/qr_labels/label_sheet.py" line="123" />
   <source>The label template {} is too small for these tags: the QR code (version {}, error correction {}) would have {:.2f} mm modules, and tags on this kind of asset need at least {:.1f} mm. Use a larger template ({}), or put only the asset code in the QR.</source>
   <translation>Mẫu nhãn {} quá nhỏ cho các tem này: mã QR (phiên bản {}, mức sửa lỗi {}) sẽ có mô-đun {:.2f} mm, trong khi tem cho loại tài sản này cần mô-đun tối thiểu {:.1f} mm. Hãy dùng mẫu lớn hơn ({}), hoặc chỉ đưa mã tài sản vào QR.</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/qr_labels/label_sheet.py" line="128" />
   <source>a custom grid</source>
   <translation>lưới tùy chỉnh</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/qr_labels/label_sheet.py" line="231" />
   <source>Choose an output file ending in {}.</source>
   <translation>Hãy chọn tệp đầu ra có đuôi {}.</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/qr_labels/label_sheet.py" line="234" />
   <location filename="../mymap_plugin/ward_map/create_ward_map.py" line="46" />
   <source>The folder {} does not exist. Create it first or choose another folder.</source>
   <translation>Thư mục {} không tồn tại. Hãy tạo thư mục trước hoặc chọn thư mục khác.</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/qr_labels/label_sheet.py" line="237" />
   <location filename="../mymap_plugin/qr_labels/label_sheet.py" line="342" />
   <location filename="../mymap_plugin/qr_labels/publish_records.py" line="98" />
   <source>{} cannot be written: choose a folder you may write in.</source>
   <translation>Không thể ghi {}: hãy chọn thư mục mà bạn có quyền ghi.</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/qr_labels/label_sheet.py" line="250" />
   <source>The first free slot must be between 1 and {} on this sheet.</source>
   <translation>Ô nhãn trống đầu tiên phải nằm trong khoảng từ 1 đến {} trên tờ nhãn này.</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/qr_labels/label_sheet_task.py" line="14" />
   <source>The labels could not be written: {}</source>
   <translation>Không ghi được các nhãn: {}</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/qr_labels/label_sheet_task.py" line="11" />
   <source>Printing {} QR labels</source>
   <translation>Đang in {} tem QR</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/qr_labels/label_templates.py" line="48" />
   <source>The label grid needs at least one row and one column of labels with a positive size.</source>
   <translation>Lưới nhãn cần có ít nhất một hàng và một cột nhãn, với kích thước nhãn lớn hơn 0.</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/qr_labels/label_templates.py" line="51" />
   <source>The page size must be positive.</source>
   <translation>Kích thước trang phải lớn hơn 0.</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/qr_labels/label_templates.py" line="55" />
   <source>Margins and gaps cannot be negative.</source>
   <translation>Lề và khoảng cách giữa các nhãn không được âm.</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/qr_labels/label_templates.py" line="64" />
   <source>A4, 3 × 7 labels of 63.5 × 38.1 mm (L7160)</source>
   <translation>A4, 3 × 7 nhãn cỡ 63,5 × 38,1 mm (L7160)</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/qr_labels/label_templates.py" line="66" />
   <source>A4, 2 × 7 labels of 99.1 × 38.1 mm (L7163)</source>
   <translation>A4, 2 × 7 nhãn cỡ 99,1 × 38,1 mm (L7163)</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/qr_labels/label_templates.py" line="68" />
   <source>A4, 5 × 13 labels of 38.1 × 21.2 mm (L7651)</source>
   <translation>A4, 5 × 13 nhãn cỡ 38,1 × 21,2 mm (L7651)</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/qr_labels/label_templates.py" line="70" />
   <source>A4, 3 × 8 labels of 63.5 × 33.9 mm (L7159)</source>
   <translation>A4, 3 × 8 nhãn cỡ 63,5 × 33,9 mm (L7159)</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/qr_labels/label_templates.py" line="72" />
   <source>Label roll, one 50 × 30 mm label per page</source>
   <translation>Cuộn nhãn, mỗi trang một nhãn 50 × 30 mm</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/qr_labels/label_templates.py" line="74" />
   <source>Plates for manholes and poles, A4, 2 plates of 190 × 135 mm</source>
   <translation>Biển gắn hố ga và cột, A4, 2 biển cỡ 190 × 135 mm</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/qr_labels/label_templates.py" line="90" />
   <source>Unknown label template {}; choose one of {}.</source>
   <translation>Mẫu nhãn {} không xác định; hãy chọn một trong các mẫu: {}.</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/qr_labels/label_templates.py" line="57" />
   <source>The labels do not fit on the page: the grid is {:.1f} × {:.1f} mm, the page {:.1f} × {:.1f} mm. Check the rows, columns, label size, margins and gaps.</source>
   <translation>Các nhãn không vừa trang: lưới nhãn có kích thước {:.1f} × {:.1f} mm, còn trang là {:.1f} × {:.1f} mm. Hãy kiểm tra số hàng, số cột, kích thước nhãn, lề và khoảng cách giữa các nhãn.</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/qr_labels/processing/export_tag_images_algorithm.py" line="22" />
   <source>Writes one QR image per asset, named by its asset code (e.g. HG0000123.png), at a chosen print resolution, for sign makers who engrave or print metal plates.</source>
   <translation>Ghi một ảnh QR cho mỗi tài sản, đặt tên theo mã tài sản (ví dụ HG0000123.png), ở độ phân giải in đã chọn, dành cho đơn vị khắc hoặc in biển kim loại.</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/qr_labels/processing/export_tag_images_algorithm.py" line="29" />
   <source>Export QR tag images</source>
   <translation>Xuất ảnh tem QR</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/qr_labels/processing/export_tag_images_algorithm.py" line="35" />
   <source>Image format</source>
   <translation>Định dạng ảnh</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/qr_labels/processing/export_tag_images_algorithm.py" line="36" />
   <source>Print resolution (dpi)</source>
   <translation>Độ phân giải in (dpi)</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/qr_labels/processing/export_tag_images_algorithm.py" line="40" />
   <source>QR module size (mm, 0 = the asset type's minimum)</source>
   <translation>Kích thước mô-đun QR (mm, 0 = mức tối thiểu của loại tài sản)</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/qr_labels/processing/export_tag_images_algorithm.py" line="44" />
   <source>Folder for the images</source>
   <translation>Thư mục lưu ảnh</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/qr_labels/processing/export_tag_images_algorithm.py" line="45" />
   <source>Images</source>
   <translation>Số ảnh</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/qr_labels/processing/export_tag_images_algorithm.py" line="55" />
   <source>{} tag images written to {}</source>
   <translation>Đã ghi {} ảnh tem vào {}</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/qr_labels/processing/generate_labels_algorithm.py" line="41" />
   <source>Prints QR tags for the assets of a ward layer onto label sheets, as a vector PDF to print at 100 %. Each tag shows the QR, the asset code, the asset type, a short descriptor, the ward's name, the hotline and the web address. START_SLOT continues a partly used sheet. CALIBRATION_PAGE prints slot outlines and rulers instead, to set the printer offsets. TEMPLATE Custom grid uses the CUSTOM_* parameters.</source>
   <translation>In tem QR cho các tài sản của một lớp bản đồ phường lên tờ nhãn, dưới dạng PDF vector để in ở tỷ lệ 100 %. Mỗi tem có mã QR, mã tài sản, loại tài sản, mô tả ngắn, tên phường, đường dây nóng và địa chỉ trang web. START_SLOT in tiếp trên tờ nhãn đã dùng một phần. CALIBRATION_PAGE in khung ô nhãn và thước đo thay cho nhãn, để chỉnh độ lệch máy in. TEMPLATE Lưới tùy chỉnh dùng các tham số CUSTOM_*.</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/qr_labels/processing/generate_labels_algorithm.py" line="22" />
   <source>Custom grid: page width (mm)</source>
   <translation>Lưới tùy chỉnh: chiều rộng trang (mm)</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/qr_labels/processing/generate_labels_algorithm.py" line="23" />
   <source>Custom grid: page height (mm)</source>
   <translation>Lưới tùy chỉnh: chiều cao trang (mm)</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/qr_labels/processing/generate_labels_algorithm.py" line="24" />
   <source>Custom grid: columns</source>
   <translation>Lưới tùy chỉnh: số cột</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/qr_labels/processing/generate_labels_algorithm.py" line="25" />
   <source>Custom grid: rows</source>
   <translation>Lưới tùy chỉnh: số hàng</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/qr_labels/processing/generate_labels_algorithm.py" line="26" />
   <source>Custom grid: label width (mm)</source>
   <translation>Lưới tùy chỉnh: chiều rộng nhãn (mm)</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/qr_labels/processing/generate_labels_algorithm.py" line="27" />
   <source>Custom grid: label height (mm)</source>
   <translation>Lưới tùy chỉnh: chiều cao nhãn (mm)</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/qr_labels/processing/generate_labels_algorithm.py" line="28" />
   <source>Custom grid: left margin (mm)</source>
   <translation>Lưới tùy chỉnh: lề trái (mm)</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/qr_labels/processing/generate_labels_algorithm.py" line="29" />
   <source>Custom grid: top margin (mm)</source>
   <translation>Lưới tùy chỉnh: lề trên (mm)</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/qr_labels/processing/generate_labels_algorithm.py" line="30" />
   <source>Custom grid: gap between columns (mm)</source>
   <translation>Lưới tùy chỉnh: khoảng cách giữa các cột (mm)</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/qr_labels/processing/generate_labels_algorithm.py" line="31" />
   <source>Custom grid: gap between rows (mm)</source>
   <translation>Lưới tùy chỉnh: khoảng cách giữa các hàng (mm)</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/qr_labels/processing/generate_labels_algorithm.py" line="51" />
   <source>Generate QR label sheets</source>
   <translation>Tạo tờ nhãn QR</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/qr_labels/processing/generate_labels_algorithm.py" line="71" />
   <source>Print a calibration page instead of labels</source>
   <translation>In trang căn chỉnh thay cho nhãn</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/qr_labels/processing/generate_labels_algorithm.py" line="73" />
   <source>Smallest QR module (mm, 0 = the asset type's minimum)</source>
   <translation>Mô-đun QR nhỏ nhất (mm, 0 = mức tối thiểu của loại tài sản)</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/qr_labels/processing/generate_labels_algorithm.py" line="82" />
   <source>Label sheets (PDF)</source>
   <translation>Tờ nhãn (PDF)</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/qr_labels/processing/generate_labels_algorithm.py" line="84" />
   <location filename="../mymap_plugin/qr_labels/processing/publish_records_algorithm.py" line="38" />
   <source>Pages</source>
   <translation>Số trang</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/qr_labels/processing/generate_labels_algorithm.py" line="85" />
   <source>Labels</source>
   <translation>Số nhãn</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/qr_labels/processing/generate_labels_algorithm.py" line="104" />
   <source>Choose the asset layer whose tags to print.</source>
   <translation>Hãy chọn lớp tài sản cần in tem.</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/qr_labels/processing/generate_labels_algorithm.py" line="111" />
   <source>{} labels on {} pages; QR version {}, error correction {}, modules {:.2f} mm.</source>
   <translation>Đã tạo {} nhãn trên {} trang; mã QR phiên bản {}, mức sửa lỗi {}, mô-đun {:.2f} mm.</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/qr_labels/processing/mark_tags_algorithm.py" line="20" />
   <source>Sets the QR tag status of assets, e.g. “tag attached” after the printed tags were stuck on. SELECTED_ONLY and ONLY_UNATTACHED choose the same assets as for printing.</source>
   <translation>Đặt trạng thái tem QR của các tài sản, ví dụ “Đã gắn tem” sau khi đã dán các tem vừa in. SELECTED_ONLY và ONLY_UNATTACHED chọn tài sản giống như khi in.</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/qr_labels/processing/mark_tags_algorithm.py" line="31" />
   <source>Set QR tag status</source>
   <translation>Đặt trạng thái tem QR</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/qr_labels/processing/mark_tags_algorithm.py" line="40" />
   <source>New QR tag status</source>
   <translation>Trạng thái tem QR mới</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/qr_labels/processing/mark_tags_algorithm.py" line="41" />
   <source>Assets changed</source>
   <translation>Số tài sản đã thay đổi</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/qr_labels/processing/publish_records_algorithm.py" line="19" />
   <source>Writes a static website with one page (and one JSON file) per asset, a small map rendered by QGIS and the photo if any, plus an index. Serve the folder at the QR link template's base address with any web server, or open it from the folder. Only public fields are published.</source>
   <translation>Ghi một trang web tĩnh với một trang (và một tệp JSON) cho mỗi tài sản, kèm bản đồ nhỏ do QGIS vẽ và ảnh nếu có, cùng một trang mục lục. Đặt thư mục này trên bất kỳ máy chủ web nào tại địa chỉ gốc của mẫu liên kết QR, hoặc mở trực tiếp từ thư mục. Chỉ công bố các trường công khai.</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/qr_labels/processing/publish_records_algorithm.py" line="28" />
   <source>Publish asset record pages</source>
   <translation>Xuất bản trang thông tin tài sản</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/qr_labels/processing/publish_records_algorithm.py" line="31" />
   <location filename="../mymap_plugin/ward_map/processing/create_ward_map_algorithm.py" line="48" />
   <location filename="../mymap_plugin/ward_map/processing/open_ward_map_algorithm.py" line="29" />
   <source>Ward map (GeoPackage)</source>
   <translation>Bản đồ phường (GeoPackage)</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/qr_labels/processing/publish_records_algorithm.py" line="34" />
   <source>Asset layers</source>
   <translation>Các lớp tài sản</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/qr_labels/processing/publish_records_algorithm.py" line="36" />
   <source>Add a small map to each page</source>
   <translation>Thêm bản đồ nhỏ vào mỗi trang</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/qr_labels/processing/publish_records_algorithm.py" line="37" />
   <source>Website folder</source>
   <translation>Thư mục trang web</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/qr_labels/processing/publish_records_algorithm.py" line="47" />
   <source>{} record pages written to {}</source>
   <translation>Đã ghi {} trang thông tin vào {}</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/qr_labels/publish_records.py" line="79" />
   <source>The QR link template must have a path after the web address, e.g. HTTPS://MYHAO.EXAMPLE.VN/A/{code}.</source>
   <translation>Mẫu liên kết QR phải có đường dẫn sau địa chỉ trang web, ví dụ HTTPS://MYHAO.EXAMPLE.VN/A/{code}.</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/qr_labels/publish_records.py" line="95" />
   <source>Choose a folder for the website.</source>
   <translation>Hãy chọn thư mục cho trang web.</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/qr_labels/publish_records.py" line="68" />
   <source>Yes</source>
   <translation>Có</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/qr_labels/publish_records.py" line="68" />
   <source>No</source>
   <translation>Không</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/qr_labels/publish_records.py" line="100" />
   <location filename="../mymap_plugin/qr_labels/tag_images.py" line="51" />
   <source>{} is a file, not a folder.</source>
   <translation>{} là một tệp, không phải thư mục.</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/qr_labels/publish_records.py" line="104" />
   <source>Unknown asset layer {}.</source>
   <translation>Lớp tài sản {} không xác định.</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/qr_labels/publish_records.py" line="209" />
   <source>Assets with QR tags</source>
   <translation>Tài sản có tem QR</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/qr_labels/publish_records.py" line="211" />
   <source>Public information only.</source>
   <translation>Chỉ gồm thông tin công khai.</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/qr_labels/publish_records.py" line="207" />
   <source>Publishing was cancelled; the previous website was kept.</source>
   <translation>Đã hủy xuất bản; trang web trước đó được giữ nguyên.</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/qr_labels/publish_records.py" line="190" />
   <source>Asset record of the ward's digital map</source>
   <translation>Thông tin tài sản trên bản đồ số phường</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/qr_labels/publish_records.py" line="191" />
   <source>This page shows public information only. Check that the asset code matches the tag you scanned.</source>
   <translation>Trang này chỉ hiển thị thông tin công khai. Hãy kiểm tra xem mã tài sản có khớp với tem bạn vừa quét hay không.</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/qr_labels/publish_records.py" line="165" />
   <location filename="../mymap_plugin/ward_map/schema.py" line="171" />
   <source>Photo</source>
   <translation>Ảnh</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/qr_labels/publish_records.py" line="177" />
   <source>Map</source>
   <translation>Bản đồ</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/qr_labels/publish_records.py" line="187" />
   <source>Report a problem: call {}</source>
   <translation>Phản ánh sự cố: gọi {}</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/qr_labels/tag_images.py" line="40" />
   <source>The image format must be PNG or SVG.</source>
   <translation>Định dạng ảnh phải là PNG hoặc SVG.</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/qr_labels/tag_images.py" line="42" />
   <source>The print resolution must be between 72 and 4800 dpi.</source>
   <translation>Độ phân giải in phải nằm trong khoảng từ 72 đến 4800 dpi.</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/qr_labels/tag_images.py" line="45" />
   <source>Choose a folder for the tag images.</source>
   <translation>Hãy chọn thư mục lưu ảnh tem.</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/qr_labels/tag_images.py" line="75" />
   <source>Exporting the tag images was cancelled; nothing was written.</source>
   <translation>Đã hủy xuất ảnh tem; không có tệp nào được ghi.</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/qr_labels/tag_images.py" line="68" />
   <source>{} cannot be written.</source>
   <translation>Không thể ghi {}.</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/qr_labels/tag_status.py" line="14" />
   <source>Unknown QR tag status {}.</source>
   <translation>Trạng thái tem QR {} không xác định.</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/qr_labels/tag_status.py" line="17" />
   <source>The layer {} has no QR tag status.</source>
   <translation>Lớp {} không có trạng thái tem QR.</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/qr_labels/tag_status.py" line="23" />
   <source>The layer {} cannot be edited.</source>
   <translation>Không thể chỉnh sửa lớp {}.</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/qr_labels/tag_status.py" line="34" />
   <source>The QR tag status could not be saved: {}</source>
   <translation>Không thể lưu trạng thái tem QR: {}</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/ward_map/create_ward_map.py" line="40" />
   <source>Choose where to save the ward map (a .gpkg file).</source>
   <translation>Chọn nơi lưu bản đồ phường (tệp .gpkg).</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/ward_map/create_ward_map.py" line="42" />
   <source>The ward map must be saved as a GeoPackage file ending in .gpkg, not {}.</source>
   <translation>Bản đồ phường phải được lưu dưới dạng tệp GeoPackage có đuôi .gpkg, không phải {}.</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/ward_map/create_ward_map.py" line="49" />
   <source>The folder {} cannot be written to. Choose a folder you may write in.</source>
   <translation>Không thể ghi vào thư mục {}. Hãy chọn thư mục mà bạn có quyền ghi.</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/ward_map/create_ward_map.py" line="202" />
   <source>The new ward map failed SQLite's integrity check: {}</source>
   <translation>Bản đồ phường mới không vượt qua kiểm tra toàn vẹn của SQLite: {}</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/ward_map/create_ward_map.py" line="53" />
   <source>{} is a folder, not a file name.</source>
   <translation>{} là một thư mục, không phải tên tệp.</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/ward_map/create_ward_map.py" line="55" />
   <source>The file {} already exists. Choose another name, or tick “Overwrite” to replace it.</source>
   <translation>Tệp {} đã tồn tại. Hãy chọn tên khác hoặc đánh dấu “Ghi đè” để thay thế.</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/ward_map/create_ward_map.py" line="58" />
   <source>The file {} is read-only and cannot be replaced.</source>
   <translation>Tệp {} chỉ cho phép đọc nên không thể thay thế.</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/ward_map/create_ward_map.py" line="184" />
   <source>The layer {} could not be read back from the new ward map.</source>
   <translation>Không thể đọc lại lớp {} từ bản đồ phường mới.</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/ward_map/create_ward_map.py" line="190" />
   <source>The style of layer {} could not be saved: {}</source>
   <translation>Không thể lưu kiểu hiển thị của lớp {}: {}</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/ward_map/create_ward_map_task.py" line="14" />
   <source>The ward map could not be created: {}</source>
   <translation>Không tạo được bản đồ phường: {}</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/ward_map/create_ward_map_task.py" line="11" />
   <source>Creating ward map {}</source>
   <translation>Đang tạo bản đồ phường {}</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/ward_map/edit_hooks.py" line="114" />
   <source>Asset codes could not be given to new features of {}: {}</source>
   <translation>Không thể gán mã tài sản cho các đối tượng mới của {}: {}</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/ward_map/forms.py" line="55" />
   <source>Images (*.jpg *.jpeg *.png)</source>
   <translation>Ảnh (*.jpg *.jpeg *.png)</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/ward_map/forms.py" line="161" />
   <source>QR tag and status</source>
   <translation>Tem QR và trạng thái</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/ward_map/forms.py" line="162" />
   <source>Survey</source>
   <translation>Khảo sát</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/ward_map/forms.py" line="163" />
   <location filename="../mymap_plugin/ward_map/forms.py" line="166" />
   <source>Record history</source>
   <translation>Lịch sử bản ghi</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/ward_map/forms.py" line="76" />
   <source>{field} must be between {minimum} and {maximum}.</source>
   <translation>{field} phải nằm trong khoảng từ {minimum} đến {maximum}.</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/ward_map/gui/new_ward_dialog.py" line="25" />
   <location filename="../mymap_plugin/ward_map/gui/new_ward_dialog.py" line="86" />
   <source>New ward map</source>
   <translation>Bản đồ phường mới</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/ward_map/gui/new_ward_dialog.py" line="28" />
   <source>Creates a GeoPackage holding the ward's asset layers with Vietnamese forms and styles. Tick “Demo ward” to fill it with example data at Mỹ Hào.</source>
   <translation>Tạo một tệp GeoPackage chứa các lớp tài sản của phường, kèm biểu mẫu và kiểu hiển thị tiếng Việt. Đánh dấu “Phường mẫu” để điền dữ liệu ví dụ tại Mỹ Hào.</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/ward_map/gui/new_ward_dialog.py" line="36" />
   <source>Save the ward map as</source>
   <translation>Lưu bản đồ phường thành</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/ward_map/gui/new_ward_dialog.py" line="46" />
   <source>Demo ward (about 8,000 houses, 3,000 trees, drainage, 20 sensors)</source>
   <translation>Phường mẫu (khoảng 8.000 nhà, 3.000 cây xanh, mạng thoát nước, 20 cảm biến)</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/ward_map/gui/new_ward_dialog.py" line="47" />
   <source>Overwrite the file if it exists</source>
   <translation>Ghi đè nếu tệp đã tồn tại</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/ward_map/gui/new_ward_dialog.py" line="48" />
   <source>File</source>
   <translation>Tệp</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/ward_map/gui/new_ward_dialog.py" line="49" />
   <location filename="../mymap_plugin/ward_map/processing/create_ward_map_algorithm.py" line="34" />
   <source>Ward name</source>
   <translation>Tên phường</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/ward_map/gui/new_ward_dialog.py" line="50" />
   <location filename="../mymap_plugin/ward_map/processing/create_ward_map_algorithm.py" line="35" />
   <source>Ward code (5 digits)</source>
   <translation>Mã phường (5 chữ số)</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/ward_map/gui/new_ward_dialog.py" line="51" />
   <location filename="../mymap_plugin/ward_map/processing/create_ward_map_algorithm.py" line="36" />
   <source>Province code (2 digits)</source>
   <translation>Mã tỉnh (2 chữ số)</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/ward_map/gui/new_ward_dialog.py" line="52" />
   <location filename="../mymap_plugin/ward_map/processing/create_ward_map_algorithm.py" line="37" />
   <source>Coordinate reference system</source>
   <translation>Hệ tọa độ</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/ward_map/gui/new_ward_dialog.py" line="53" />
   <location filename="../mymap_plugin/ward_map/processing/create_ward_map_algorithm.py" line="42" />
   <source>QR link template</source>
   <translation>Mẫu liên kết QR</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/ward_map/gui/new_ward_dialog.py" line="54" />
   <location filename="../mymap_plugin/ward_map/processing/create_ward_map_algorithm.py" line="43" />
   <source>Hotline</source>
   <translation>Đường dây nóng</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/ward_map/gui/new_ward_dialog.py" line="59" />
   <source>Create</source>
   <translation>Tạo</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/ward_map/gui/new_ward_dialog.py" line="60" />
   <source>Cancel</source>
   <translation>Hủy</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/ward_map/identities.py" line="58" />
   <source>The layer {} has run out of asset codes.</source>
   <translation>Lớp {} đã hết mã tài sản.</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/ward_map/identities.py" line="23" />
   <source>The ward map {} cannot be opened for writing: {}</source>
   <translation>Không thể mở bản đồ phường {} để ghi: {}</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/ward_map/identities.py" line="81" />
   <source>The ward map {} cannot be written, so rows added by other programs did not get their uuid and asset code: {}</source>
   <translation>Không ghi được vào bản đồ phường {}, nên các dòng do chương trình khác thêm chưa được cấp uuid và mã tài sản: {}</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/ward_map/open_ward_map.py" line="39" />
   <source>All assets</source>
   <translation>Tất cả tài sản</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/ward_map/open_ward_map.py" line="40" />
   <location filename="../mymap_plugin/ward_map/schema.py" line="189" />
   <source>Housing</source>
   <translation>Nhà ở</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/ward_map/open_ward_map.py" line="41" />
   <source>Greenery</source>
   <translation>Cây xanh</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/ward_map/open_ward_map.py" line="42" />
   <source>Drainage</source>
   <translation>Thoát nước</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/ward_map/open_ward_map.py" line="43" />
   <source>Flooding</source>
   <translation>Ngập úng</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/ward_map/open_ward_map.py" line="90" />
   <source>The ward map {} has no readable layer {}: the file is damaged or not a MyMap ward map.</source>
   <translation>Bản đồ phường {} không có lớp {} đọc được: tệp bị hỏng hoặc không phải bản đồ phường của MyMap.</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/ward_map/processing/create_ward_map_algorithm.py" line="21" />
   <location filename="../mymap_plugin/ward_map/processing/open_ward_map_algorithm.py" line="13" />
   <location filename="../mymap_plugin/ward_map/processing/validate_ward_map_algorithm.py" line="11" />
   <source>Ward map</source>
   <translation>Bản đồ phường</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/ward_map/processing/create_ward_map_algorithm.py" line="22" />
   <source>Creates the ward's map: a GeoPackage with the asset layers (housing, trees, drainage lines and nodes, sensors, sensor readings, residential groups, species), their Vietnamese forms and styles, and the ward's settings. With DEMO, fills it with a realistic demo ward at Mỹ Hào. An existing file is only replaced with OVERWRITE.</source>
   <translation>Tạo bản đồ của phường: một GeoPackage chứa các lớp tài sản (nhà ở, cây xanh, tuyến và nút thoát nước, cảm biến, số liệu đo cảm biến, tổ dân phố, loài cây), biểu mẫu và kiểu hiển thị tiếng Việt, cùng thông tin của phường. Với DEMO, điền dữ liệu một phường mẫu sát thực tế tại Mỹ Hào. Tệp đã có chỉ bị thay thế khi chọn OVERWRITE.</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/ward_map/processing/create_ward_map_algorithm.py" line="31" />
   <source>Create ward map</source>
   <translation>Tạo bản đồ phường</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/ward_map/processing/create_ward_map_algorithm.py" line="39" />
   <source>Fill with a demo ward</source>
   <translation>Điền dữ liệu phường mẫu</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/ward_map/processing/create_ward_map_algorithm.py" line="40" />
   <source>Overwrite an existing file</source>
   <translation>Ghi đè tệp đã có</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/ward_map/processing/create_ward_map_algorithm.py" line="45" />
   <source>Language of field names and labels in the file</source>
   <translation>Ngôn ngữ của tên trường và nhãn trong tệp</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/ward_map/processing/create_ward_map_algorithm.py" line="46" />
   <source>Interface language</source>
   <translation>Ngôn ngữ giao diện</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/ward_map/processing/create_ward_map_algorithm.py" line="46" />
   <source>Vietnamese</source>
   <translation>Tiếng Việt</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/ward_map/processing/create_ward_map_algorithm.py" line="46" />
   <source>English</source>
   <translation>Tiếng Anh</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/ward_map/processing/create_ward_map_algorithm.py" line="71" />
   <source>Ward map of {} created: {}</source>
   <translation>Đã tạo bản đồ phường {}: {}</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/ward_map/processing/open_ward_map_algorithm.py" line="14" />
   <source>Adds the layers of a ward map to the current project as one group, sets the project's coordinate reference system to the ward's, pins the official VN-2000 to WGS 84 transformation and adds the map themes.</source>
   <translation>Thêm các lớp của bản đồ phường vào dự án hiện tại thành một nhóm, đặt hệ tọa độ của dự án theo hệ tọa độ của phường, cố định phép chuyển đổi chính thức VN-2000 sang WGS 84 và thêm các chủ đề bản đồ.</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/ward_map/processing/open_ward_map_algorithm.py" line="35" />
   <source>Opening a ward map needs a QGIS project; run it from QGIS desktop.</source>
   <translation>Việc mở bản đồ phường cần một dự án QGIS; hãy chạy từ QGIS Desktop.</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/ward_map/processing/validate_ward_map_algorithm.py" line="12" />
   <source>Checks a ward map: gives rows added by other programs their uuid and asset code, runs SQLite's integrity check, and reports invalid asset codes and drainage lines that point at nodes which do not exist.</source>
   <translation>Kiểm tra bản đồ phường: cấp uuid và mã tài sản cho các dòng do chương trình khác thêm, chạy kiểm tra toàn vẹn của SQLite, và báo các mã tài sản sai cùng các tuyến thoát nước trỏ tới nút không tồn tại.</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/ward_map/processing/validate_ward_map_algorithm.py" line="24" />
   <source>Rows given a uuid or asset code</source>
   <translation>Số bản ghi được gán uuid hoặc mã tài sản</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/ward_map/processing/validate_ward_map_algorithm.py" line="25" />
   <source>SQLite integrity check</source>
   <translation>Kiểm tra toàn vẹn SQLite</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/ward_map/processing/validate_ward_map_algorithm.py" line="27" />
   <source>Drainage lines pointing at missing nodes</source>
   <translation>Tuyến thoát nước trỏ tới nút không tồn tại</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/ward_map/processing/validate_ward_map_algorithm.py" line="28" />
   <source>Invalid asset codes</source>
   <translation>Mã tài sản không hợp lệ</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/ward_map/processing/validate_ward_map_algorithm.py" line="37" />
   <source>{} drainage lines point at nodes that do not exist.</source>
   <translation>Có {} tuyến thoát nước trỏ tới nút không tồn tại.</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/ward_map/processing/validate_ward_map_algorithm.py" line="40" />
   <source>{} assets have an invalid asset code.</source>
   <translation>Có {} tài sản có mã tài sản không hợp lệ.</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/ward_map/schema.py" line="285" />
   <source>Alert thresholds must increase: level 1 &lt; level 2 &lt; level 3.</source>
   <translation>Các ngưỡng cảnh báo phải tăng dần: cấp 1 &lt; cấp 2 &lt; cấp 3.</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/ward_map/schema.py" line="216" />
   <source>Trees</source>
   <translation>Cây xanh</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/ward_map/schema.py" line="236" />
   <source>Drainage lines</source>
   <translation>Tuyến thoát nước</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/ward_map/schema.py" line="267" />
   <source>Drainage nodes</source>
   <translation>Nút thoát nước</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/ward_map/schema.py" line="287" />
   <source>Water-level sensors</source>
   <translation>Cảm biến mực nước</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/ward_map/schema.py" line="312" />
   <source>Sensor readings</source>
   <translation>Số liệu đo cảm biến</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/ward_map/schema.py" line="324" />
   <source>Residential groups</source>
   <translation>Tổ dân phố</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/ward_map/schema.py" line="338" />
   <source>Tree species</source>
   <translation>Loài cây</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/ward_map/schema.py" line="135" />
   <source>No flooding</source>
   <translation>Không ngập</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/ward_map/schema.py" line="135" />
   <source>Level 1: shallow water</source>
   <translation>Cấp 1: ngập nông</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/ward_map/schema.py" line="136" />
   <source>Level 2: flooding</source>
   <translation>Cấp 2: ngập úng</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/ward_map/schema.py" line="136" />
   <source>Level 3: severe flooding</source>
   <translation>Cấp 3: ngập úng nghiêm trọng</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/ward_map/schema.py" line="159" />
   <location filename="../mymap_plugin/ward_map/schema.py" line="313" />
   <location filename="../mymap_plugin/ward_map/schema.py" line="325" />
   <source>Identifier (UUID)</source>
   <translation>Mã định danh (UUID)</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/ward_map/schema.py" line="161" />
   <source>Asset code</source>
   <translation>Mã tài sản</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/ward_map/schema.py" line="162" />
   <source>QR tag</source>
   <translation>Tem QR</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/ward_map/schema.py" line="163" />
   <location filename="../mymap_plugin/ward_map/schema.py" line="331" />
   <source>Ward code</source>
   <translation>Mã phường</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/ward_map/schema.py" line="164" />
   <source>Residential group</source>
   <translation>Tổ dân phố</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/ward_map/schema.py" line="166" />
   <source>Status</source>
   <translation>Trạng thái</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/ward_map/schema.py" line="167" />
   <source>Survey date</source>
   <translation>Ngày khảo sát</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/ward_map/schema.py" line="168" />
   <source>Surveyor (staff id)</source>
   <translation>Người khảo sát (mã cán bộ)</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/ward_map/schema.py" line="169" />
   <source>Position source</source>
   <translation>Nguồn vị trí</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/ward_map/schema.py" line="170" />
   <source>Position accuracy (m)</source>
   <translation>Độ chính xác vị trí (m)</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/ward_map/schema.py" line="172" />
   <location filename="../mymap_plugin/ward_map/schema.py" line="335" />
   <source>Notes</source>
   <translation>Ghi chú</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/ward_map/schema.py" line="173" />
   <source>Created at (UTC)</source>
   <translation>Thời điểm tạo (UTC)</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/ward_map/schema.py" line="174" />
   <source>Created by</source>
   <translation>Người tạo</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/ward_map/schema.py" line="176" />
   <source>Updated at (UTC)</source>
   <translation>Thời điểm cập nhật (UTC)</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/ward_map/schema.py" line="177" />
   <source>Updated by</source>
   <translation>Người cập nhật</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/ward_map/schema.py" line="315" />
   <source>Station</source>
   <translation>Trạm</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/ward_map/schema.py" line="316" />
   <source>Measured at (UTC)</source>
   <translation>Thời điểm đo (UTC)</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/ward_map/schema.py" line="317" />
   <source>Water depth (cm)</source>
   <translation>Độ sâu nước (cm)</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/ward_map/schema.py" line="318" />
   <source>Raw distance (mm)</source>
   <translation>Khoảng cách đo thô (mm)</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/ward_map/schema.py" line="319" />
   <source>Battery (V)</source>
   <translation>Điện áp pin (V)</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/ward_map/schema.py" line="320" />
   <source>Quality</source>
   <translation>Chất lượng</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/ward_map/schema.py" line="321" />
   <source>Alert level</source>
   <translation>Cấp cảnh báo</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/ward_map/schema.py" line="327" />
   <source>Group id</source>
   <translation>Mã tổ dân phố</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/ward_map/schema.py" line="330" />
   <source>Name</source>
   <translation>Tên</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/ward_map/schema.py" line="332" />
   <source>Valid from</source>
   <translation>Hiệu lực từ</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/ward_map/schema.py" line="333" />
   <source>Valid until</source>
   <translation>Hiệu lực đến</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/ward_map/schema.py" line="334" />
   <location filename="../mymap_plugin/ward_map/schema.py" line="210" />
   <source>Households</source>
   <translation>Số hộ</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/ward_map/schema.py" line="341" />
   <source>Species id</source>
   <translation>Mã loài</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/ward_map/schema.py" line="342" />
   <source>Vietnamese name</source>
   <translation>Tên tiếng Việt</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/ward_map/schema.py" line="343" />
   <source>Scientific name</source>
   <translation>Tên khoa học</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/ward_map/schema.py" line="344" />
   <source>Planting rule</source>
   <translation>Quy định trồng</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/ward_map/schema.py" line="190" />
   <source>House number</source>
   <translation>Số nhà</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/ward_map/schema.py" line="193" />
   <source>Alley (ngõ)</source>
   <translation>Ngõ</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/ward_map/schema.py" line="194" />
   <source>Sub-alley (ngách)</source>
   <translation>Ngách</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/ward_map/schema.py" line="195" />
   <source>Street</source>
   <translation>Đường phố</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/ward_map/schema.py" line="196" />
   <source>Full address</source>
   <translation>Địa chỉ đầy đủ</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/ward_map/schema.py" line="197" />
   <source>House number plate</source>
   <translation>Biển số nhà</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/ward_map/schema.py" line="198" />
   <source>Building type</source>
   <translation>Loại nhà</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/ward_map/schema.py" line="199" />
   <source>Structure class</source>
   <translation>Cấp kết cấu</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/ward_map/schema.py" line="200" />
   <source>Floors above ground</source>
   <translation>Số tầng nổi</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/ward_map/schema.py" line="201" />
   <source>Floors below ground</source>
   <translation>Số tầng hầm</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/ward_map/schema.py" line="202" />
   <location filename="../mymap_plugin/ward_map/schema.py" line="218" />
   <source>Height (m)</source>
   <translation>Chiều cao (m)</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/ward_map/schema.py" line="203" />
   <source>Footprint area (m²)</source>
   <translation>Diện tích xây dựng (m²)</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/ward_map/schema.py" line="205" />
   <source>Use</source>
   <translation>Mục đích sử dụng</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/ward_map/schema.py" line="206" />
   <source>Ownership</source>
   <translation>Hình thức sở hữu</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/ward_map/schema.py" line="207" />
   <source>Year built</source>
   <translation>Năm xây dựng</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/ward_map/schema.py" line="208" />
   <source>Cadastral map sheet no.</source>
   <translation>Số tờ bản đồ địa chính</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/ward_map/schema.py" line="209" />
   <source>Parcel no.</source>
   <translation>Số thửa</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/ward_map/schema.py" line="211" />
   <source>Residents (total only)</source>
   <translation>Số nhân khẩu (chỉ tổng số)</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/ward_map/schema.py" line="213" />
   <source>Prone to flooding</source>
   <translation>Có nguy cơ ngập úng</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/ward_map/schema.py" line="217" />
   <source>Species</source>
   <translation>Loài cây</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/ward_map/schema.py" line="219" />
   <source>Trunk diameter at 1.3 m (cm)</source>
   <translation>Đường kính thân tại 1,3 m (cm)</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/ward_map/schema.py" line="220" />
   <source>Canopy diameter (m)</source>
   <translation>Đường kính tán (m)</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/ward_map/schema.py" line="221" />
   <source>Planting year</source>
   <translation>Năm trồng</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/ward_map/schema.py" line="222" />
   <source>Location</source>
   <translation>Vị trí</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/ward_map/schema.py" line="223" />
   <location filename="../mymap_plugin/ward_map/schema.py" line="253" />
   <location filename="../mymap_plugin/ward_map/schema.py" line="273" />
   <source>Condition</source>
   <translation>Tình trạng</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/ward_map/schema.py" line="224" />
   <source>Risk level</source>
   <translation>Mức độ rủi ro</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/ward_map/schema.py" line="225" />
   <source>Heritage tree</source>
   <translation>Cây cổ thụ (di sản)</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/ward_map/schema.py" line="226" />
   <source>Conservation</source>
   <translation>Bảo tồn</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/ward_map/schema.py" line="227" />
   <source>Last inspection</source>
   <translation>Lần kiểm tra gần nhất</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/ward_map/schema.py" line="228" />
   <source>Last pruning</source>
   <translation>Lần cắt tỉa gần nhất</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/ward_map/schema.py" line="229" />
   <source>Managing unit</source>
   <translation>Đơn vị quản lý</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/ward_map/schema.py" line="233" />
   <source>A heritage tree is at least 50 years old: check the planting year.</source>
   <translation>Cây cổ thụ (di sản) phải có tuổi từ 50 năm trở lên: hãy kiểm tra năm trồng.</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/ward_map/schema.py" line="237" />
   <source>Line type</source>
   <translation>Loại tuyến</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/ward_map/schema.py" line="238" />
   <source>System</source>
   <translation>Hệ thống</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/ward_map/schema.py" line="239" />
   <source>Diameter (mm)</source>
   <translation>Đường kính (mm)</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/ward_map/schema.py" line="240" />
   <source>Width (mm)</source>
   <translation>Chiều rộng (mm)</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/ward_map/schema.py" line="241" />
   <source>Height (mm)</source>
   <translation>Chiều cao (mm)</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/ward_map/schema.py" line="242" />
   <source>Material</source>
   <translation>Vật liệu</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/ward_map/schema.py" line="243" />
   <source>Length (m)</source>
   <translation>Chiều dài (m)</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/ward_map/schema.py" line="244" />
   <source>Upstream invert level (m, Hon Dau)</source>
   <translation>Cao độ đáy thượng lưu (m, Hòn Dấu)</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/ward_map/schema.py" line="245" />
   <source>Downstream invert level (m, Hon Dau)</source>
   <translation>Cao độ đáy hạ lưu (m, Hòn Dấu)</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/ward_map/schema.py" line="246" />
   <source>Slope (‰)</source>
   <translation>Độ dốc (‰)</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/ward_map/schema.py" line="249" />
   <source>Upstream node</source>
   <translation>Nút thượng lưu</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/ward_map/schema.py" line="251" />
   <source>Downstream node</source>
   <translation>Nút hạ lưu</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/ward_map/schema.py" line="254" />
   <source>Last dredged</source>
   <translation>Lần nạo vét gần nhất</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/ward_map/schema.py" line="257" />
   <source>A circular pipe needs its diameter.</source>
   <translation>Cống tròn phải có đường kính.</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/ward_map/schema.py" line="260" />
   <source>Water must flow downstream: the upstream invert must be higher than the downstream invert (or the line drawn the other way).</source>
   <translation>Nước phải chảy về hạ lưu: cao độ đáy thượng lưu phải cao hơn cao độ đáy hạ lưu (hoặc vẽ tuyến theo chiều ngược lại).</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/ward_map/schema.py" line="264" />
   <source>A line cannot start and end at the same node.</source>
   <translation>Một tuyến không thể bắt đầu và kết thúc tại cùng một nút.</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/ward_map/schema.py" line="268" />
   <source>Node type</source>
   <translation>Loại nút</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/ward_map/schema.py" line="269" />
   <source>Rim level (m, Hon Dau)</source>
   <translation>Cao độ miệng (m, Hòn Dấu)</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/ward_map/schema.py" line="270" />
   <source>Invert level (m, Hon Dau)</source>
   <translation>Cao độ đáy (m, Hòn Dấu)</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/ward_map/schema.py" line="271" />
   <source>Cover material</source>
   <translation>Vật liệu nắp</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/ward_map/schema.py" line="272" />
   <source>Cover condition</source>
   <translation>Tình trạng nắp</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/ward_map/schema.py" line="277" />
   <source>The invert level must be below the rim level.</source>
   <translation>Cao độ đáy phải thấp hơn cao độ miệng.</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/ward_map/schema.py" line="288" />
   <source>Station name</source>
   <translation>Tên trạm</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/ward_map/schema.py" line="289" />
   <source>Flood hotspot</source>
   <translation>Điểm ngập úng</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/ward_map/schema.py" line="290" />
   <source>Sensor type</source>
   <translation>Loại cảm biến</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/ward_map/schema.py" line="291" />
   <source>Communication</source>
   <translation>Phương thức truyền thông</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/ward_map/schema.py" line="292" />
   <source>Road surface level (m, Hon Dau)</source>
   <translation>Cao độ mặt đường (m, Hòn Dấu)</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/ward_map/schema.py" line="293" />
   <source>Sensor level (m, Hon Dau)</source>
   <translation>Cao độ cảm biến (m, Hòn Dấu)</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/ward_map/schema.py" line="294" />
   <source>Depth offset (cm)</source>
   <translation>Hiệu chỉnh độ sâu (cm)</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/ward_map/schema.py" line="295" />
   <source>Reporting interval (s)</source>
   <translation>Chu kỳ gửi số liệu (giây)</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/ward_map/schema.py" line="297" />
   <source>Alert threshold 1 (cm)</source>
   <translation>Ngưỡng cảnh báo 1 (cm)</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/ward_map/schema.py" line="299" />
   <source>Alert threshold 2 (cm)</source>
   <translation>Ngưỡng cảnh báo 2 (cm)</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/ward_map/schema.py" line="301" />
   <source>Alert threshold 3 (cm)</source>
   <translation>Ngưỡng cảnh báo 3 (cm)</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/ward_map/schema.py" line="303" />
   <source>Operating status</source>
   <translation>Trạng thái hoạt động</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/ward_map/schema.py" line="305" />
   <source>Last reading at (UTC)</source>
   <translation>Thời điểm đo gần nhất (UTC)</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/ward_map/schema.py" line="306" />
   <source>Last water depth (cm)</source>
   <translation>Độ sâu nước gần nhất (cm)</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/ward_map/schema.py" line="307" />
   <source>Current alert level</source>
   <translation>Cấp cảnh báo hiện tại</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/ward_map/schema.py" line="308" />
   <source>SensorThings Thing id</source>
   <translation>Mã Thing SensorThings</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/ward_map/schema.py" line="309" />
   <source>SensorThings Datastream id</source>
   <translation>Mã Datastream SensorThings</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/ward_map/schema.py" line="329" />
   <source>A group id is the ward code, a hyphen and three digits, e.g. 12103-007.</source>
   <translation>Mã tổ dân phố gồm mã phường, dấu gạch ngang và ba chữ số, ví dụ 12103-007.</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/ward_map/schema.py" line="73" />
   <source>Tag not attached</source>
   <translation>Chưa gắn tem</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/ward_map/schema.py" line="73" />
   <source>Tag attached</source>
   <translation>Đã gắn tem</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/ward_map/schema.py" line="74" />
   <source>Tag damaged</source>
   <translation>Tem hỏng</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/ward_map/schema.py" line="74" />
   <source>Tag lost</source>
   <translation>Mất tem</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/ward_map/schema.py" line="75" />
   <source>Tag withdrawn</source>
   <translation>Thu hồi tem</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/ward_map/schema.py" line="76" />
   <source>Existing</source>
   <translation>Hiện hữu</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/ward_map/schema.py" line="76" />
   <source>Under construction</source>
   <translation>Đang xây dựng</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/ward_map/schema.py" line="77" />
   <source>Demolished</source>
   <translation>Đã phá dỡ</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/ward_map/schema.py" line="77" />
   <source>Out of use</source>
   <translation>Ngừng sử dụng</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/ward_map/schema.py" line="78" />
   <source>RTK survey</source>
   <translation>Đo RTK</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/ward_map/schema.py" line="78" />
   <source>Ordinary GNSS</source>
   <translation>GNSS thông thường</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/ward_map/schema.py" line="79" />
   <source>Digitised from imagery</source>
   <translation>Số hóa từ ảnh</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/ward_map/schema.py" line="80" />
   <source>Cadastral map</source>
   <translation>Bản đồ địa chính</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/ward_map/schema.py" line="80" />
   <location filename="../mymap_plugin/ward_map/schema.py" line="85" />
   <location filename="../mymap_plugin/ward_map/schema.py" line="87" />
   <source>Other</source>
   <translation>Khác</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/ward_map/schema.py" line="81" />
   <source>Has a number plate</source>
   <translation>Có biển số nhà</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/ward_map/schema.py" line="81" />
   <source>No number plate</source>
   <translation>Chưa có biển số nhà</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/ward_map/schema.py" line="82" />
   <source>Plate damaged</source>
   <translation>Biển số hỏng</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/ward_map/schema.py" line="83" />
   <source>Detached house</source>
   <translation>Nhà riêng lẻ</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/ward_map/schema.py" line="83" />
   <source>Terraced house</source>
   <translation>Nhà liền kề</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/ward_map/schema.py" line="84" />
   <source>Villa</source>
   <translation>Biệt thự</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/ward_map/schema.py" line="84" />
   <source>Apartment block</source>
   <translation>Nhà chung cư</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/ward_map/schema.py" line="85" />
   <source>Temporary building</source>
   <translation>Nhà tạm</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/ward_map/schema.py" line="86" />
   <source>Permanent</source>
   <translation>Kiên cố</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/ward_map/schema.py" line="86" />
   <source>Semi-permanent</source>
   <translation>Bán kiên cố</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/ward_map/schema.py" line="87" />
   <source>Temporary</source>
   <translation>Tạm</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/ward_map/schema.py" line="88" />
   <source>Residential</source>
   <translation>Để ở</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/ward_map/schema.py" line="88" />
   <source>Residential and business</source>
   <translation>Ở kết hợp kinh doanh</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/ward_map/schema.py" line="89" />
   <source>Business and services</source>
   <translation>Kinh doanh, dịch vụ</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/ward_map/schema.py" line="90" />
   <source>Public office</source>
   <translation>Trụ sở cơ quan</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/ward_map/schema.py" line="90" />
   <source>Education</source>
   <translation>Giáo dục</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/ward_map/schema.py" line="91" />
   <source>Health care</source>
   <translation>Y tế</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/ward_map/schema.py" line="91" />
   <source>Religious</source>
   <translation>Tôn giáo, tín ngưỡng</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/ward_map/schema.py" line="92" />
   <source>Production and storage</source>
   <translation>Sản xuất, kho bãi</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/ward_map/schema.py" line="92" />
   <source>Vacant</source>
   <translation>Bỏ trống</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/ward_map/schema.py" line="94" />
   <source>Private household</source>
   <translation>Hộ gia đình, cá nhân</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/ward_map/schema.py" line="94" />
   <source>State</source>
   <translation>Nhà nước</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/ward_map/schema.py" line="95" />
   <source>Organisation</source>
   <translation>Tổ chức</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/ward_map/schema.py" line="96" />
   <source>Normal</source>
   <translation>Bình thường</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/ward_map/schema.py" line="96" />
   <source>Planting restricted</source>
   <translation>Hạn chế trồng</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/ward_map/schema.py" line="97" />
   <source>Planting banned</source>
   <translation>Cấm trồng</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/ward_map/schema.py" line="98" />
   <source>Pavement</source>
   <translation>Vỉa hè</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/ward_map/schema.py" line="98" />
   <source>Median strip</source>
   <translation>Dải phân cách</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/ward_map/schema.py" line="99" />
   <source>Park or garden</source>
   <translation>Công viên, vườn hoa</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/ward_map/schema.py" line="100" />
   <source>Institution grounds</source>
   <translation>Khuôn viên cơ quan</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/ward_map/schema.py" line="101" />
   <source>River or lake bank</source>
   <translation>Bờ sông, hồ</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/ward_map/schema.py" line="102" />
   <location filename="../mymap_plugin/ward_map/schema.py" line="117" />
   <location filename="../mymap_plugin/ward_map/schema.py" line="124" />
   <source>Good</source>
   <translation>Tốt</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/ward_map/schema.py" line="102" />
   <source>Fair</source>
   <translation>Trung bình</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/ward_map/schema.py" line="102" />
   <source>Poor</source>
   <translation>Kém</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/ward_map/schema.py" line="103" />
   <source>Pests or disease</source>
   <translation>Sâu bệnh</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/ward_map/schema.py" line="103" />
   <source>Leaning</source>
   <translation>Nghiêng</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/ward_map/schema.py" line="104" />
   <source>Hollow or rotten</source>
   <translation>Rỗng, mục</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/ward_map/schema.py" line="104" />
   <source>Dead</source>
   <translation>Chết</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/ward_map/schema.py" line="105" />
   <source>Low</source>
   <translation>Thấp</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/ward_map/schema.py" line="105" />
   <source>Medium</source>
   <translation>Trung bình</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/ward_map/schema.py" line="105" />
   <source>High</source>
   <translation>Cao</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/ward_map/schema.py" line="106" />
   <source>None</source>
   <translation>Không</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/ward_map/schema.py" line="106" />
   <source>Monitored</source>
   <translation>Theo dõi</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/ward_map/schema.py" line="107" />
   <source>Protected</source>
   <translation>Được bảo vệ</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/ward_map/schema.py" line="108" />
   <source>Circular pipe</source>
   <translation>Cống tròn</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/ward_map/schema.py" line="108" />
   <source>Box culvert</source>
   <translation>Cống hộp</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/ward_map/schema.py" line="109" />
   <source>Open ditch</source>
   <translation>Mương hở</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/ward_map/schema.py" line="109" />
   <source>Covered ditch</source>
   <translation>Mương nắp đan</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/ward_map/schema.py" line="110" />
   <source>Gutter</source>
   <translation>Rãnh</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/ward_map/schema.py" line="110" />
   <source>Canal</source>
   <translation>Kênh</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/ward_map/schema.py" line="111" />
   <source>Storm water</source>
   <translation>Nước mưa</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/ward_map/schema.py" line="111" />
   <source>Waste water</source>
   <translation>Nước thải</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/ward_map/schema.py" line="112" />
   <source>Combined</source>
   <translation>Chung</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/ward_map/schema.py" line="113" />
   <source>Reinforced concrete</source>
   <translation>Bê tông cốt thép</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/ward_map/schema.py" line="113" />
   <location filename="../mymap_plugin/ward_map/schema.py" line="123" />
   <source>Concrete</source>
   <translation>Bê tông</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/ward_map/schema.py" line="114" />
   <source>Brick masonry</source>
   <translation>Gạch xây</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/ward_map/schema.py" line="114" />
   <source>HDPE plastic</source>
   <translation>Nhựa HDPE</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/ward_map/schema.py" line="115" />
   <source>uPVC</source>
   <translation>uPVC</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/ward_map/schema.py" line="115" />
   <location filename="../mymap_plugin/ward_map/schema.py" line="122" />
   <source>Cast iron</source>
   <translation>Gang</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/ward_map/schema.py" line="115" />
   <source>Earth</source>
   <translation>Đất</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/ward_map/schema.py" line="117" />
   <source>Silted</source>
   <translation>Bồi lắng</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/ward_map/schema.py" line="117" />
   <source>Blocked</source>
   <translation>Tắc nghẽn</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/ward_map/schema.py" line="118" />
   <location filename="../mymap_plugin/ward_map/schema.py" line="124" />
   <source>Broken</source>
   <translation>Vỡ</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/ward_map/schema.py" line="118" />
   <source>Subsided</source>
   <translation>Lún</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/ward_map/schema.py" line="119" />
   <source>Manhole</source>
   <translation>Hố ga</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/ward_map/schema.py" line="119" />
   <source>Gully inlet</source>
   <translation>Ga thu nước</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/ward_map/schema.py" line="119" />
   <source>Outfall</source>
   <translation>Cửa xả</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/ward_map/schema.py" line="120" />
   <source>Pumping station</source>
   <translation>Trạm bơm</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/ward_map/schema.py" line="120" />
   <source>Tide gate</source>
   <translation>Van ngăn triều</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/ward_map/schema.py" line="122" />
   <source>Composite</source>
   <translation>Composite</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/ward_map/schema.py" line="123" />
   <source>No cover</source>
   <translation>Không có nắp</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/ward_map/schema.py" line="124" />
   <source>Cover missing</source>
   <translation>Mất nắp</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/ward_map/schema.py" line="125" />
   <source>Ultrasonic</source>
   <translation>Siêu âm</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/ward_map/schema.py" line="125" />
   <source>Radar</source>
   <translation>Radar</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/ward_map/schema.py" line="126" />
   <source>Pressure</source>
   <translation>Áp suất</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/ward_map/schema.py" line="126" />
   <source>Float</source>
   <translation>Phao</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/ward_map/schema.py" line="126" />
   <source>Camera</source>
   <translation>Camera</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/ward_map/schema.py" line="127" />
   <source>LoRaWAN</source>
   <translation>LoRaWAN</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/ward_map/schema.py" line="127" />
   <source>NB-IoT</source>
   <translation>NB-IoT</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/ward_map/schema.py" line="127" />
   <source>4G mobile</source>
   <translation>Di động 4G</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/ward_map/schema.py" line="128" />
   <source>Wi-Fi</source>
   <translation>Wi-Fi</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/ward_map/schema.py" line="129" />
   <source>Online</source>
   <translation>Trực tuyến</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/ward_map/schema.py" line="129" />
   <source>Offline</source>
   <translation>Mất kết nối</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/ward_map/schema.py" line="130" />
   <source>Maintenance</source>
   <translation>Bảo trì</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/ward_map/schema.py" line="130" />
   <source>Stopped</source>
   <translation>Ngừng hoạt động</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/ward_map/schema.py" line="131" />
   <source>Suspect</source>
   <translation>Nghi ngờ</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/ward_map/schema.py" line="131" />
   <source>Error</source>
   <translation>Lỗi</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/ward_map/schema.py" line="192" />
   <source>A house number looks like 12, 12A or 12/3.</source>
   <translation>Số nhà có dạng 12, 12A hoặc 12/3.</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/ward_map/styles.py" line="140" />
   <source>No reading</source>
   <translation>Chưa có số liệu</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/ward_map/ward_settings.py" line="57" />
   <source>The ward name is empty: enter the ward's name, e.g. Phường Mỹ Hào.</source>
   <translation>Tên phường đang để trống: hãy nhập tên phường, ví dụ Phường Mỹ Hào.</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/ward_map/ward_settings.py" line="59" />
   <source>The ward name is too long (at most 100 characters).</source>
   <translation>Tên phường quá dài (tối đa 100 ký tự).</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/ward_map/ward_settings.py" line="93" />
   <source>The QR link template must contain {code} or {uuid}, otherwise every tag would lead to the same page.</source>
   <translation>Mẫu liên kết QR phải chứa {code} hoặc {uuid}, nếu không mọi tem sẽ dẫn tới cùng một trang.</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/ward_map/ward_settings.py" line="41" />
   <source>The ward code '{}' is not valid: a ward or commune code has exactly 5 digits, e.g. 12103 for Mỹ Hào.</source>
   <translation>Mã phường '{}' không hợp lệ: mã phường hoặc mã xã gồm đúng 5 chữ số, ví dụ 12103 là Mỹ Hào.</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/ward_map/ward_settings.py" line="49" />
   <source>The province code '{}' is not valid: a province code has exactly 2 digits, e.g. 33 for Hưng Yên.</source>
   <translation>Mã tỉnh '{}' không hợp lệ: mã tỉnh gồm đúng 2 chữ số, ví dụ 33 là Hưng Yên.</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/ward_map/ward_settings.py" line="70" />
   <source>The coordinate reference system '{}' is not known. Use an EPSG code such as EPSG:9209 (VN-2000 / TM-3 105°30').</source>
   <translation>Không nhận biết được hệ tọa độ '{}'. Hãy dùng mã EPSG, ví dụ EPSG:9209 (VN-2000 / TM-3 105°30').</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/ward_map/ward_settings.py" line="73" />
   <source>The coordinate reference system {} is not projected in metres. Use the ward's VN-2000 TM-3 zone, e.g. EPSG:9209 for Hưng Yên.</source>
   <translation>Hệ tọa độ {} không phải hệ tọa độ phẳng tính bằng mét. Hãy dùng múi chiếu VN-2000 TM-3 của phường, ví dụ EPSG:9209 cho Hưng Yên.</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/ward_map/ward_settings.py" line="82" />
   <source>The QR link template is empty: use e.g. {}.</source>
   <translation>Mẫu liên kết QR đang để trống: hãy dùng, ví dụ, {}.</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/ward_map/ward_settings.py" line="90" />
   <source>The QR link template uses the unknown placeholder {{{}}}; the known ones are {{code}}, {{uuid}} and {{layer}}.</source>
   <translation>Mẫu liên kết QR dùng biến thay thế không xác định {{{}}}; các biến hợp lệ là {{code}}, {{uuid}} và {{layer}}.</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/ward_map/ward_settings.py" line="131" />
   <source>The file {} does not exist.</source>
   <translation>Tệp {} không tồn tại.</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/ward_map/ward_settings.py" line="138" />
   <source>{} is not a GeoPackage. Choose a ward map (.gpkg) made by MyMap.</source>
   <translation>{} không phải là tệp GeoPackage. Hãy chọn bản đồ phường (.gpkg) do MyMap tạo.</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/ward_map/ward_settings.py" line="156" />
   <source>{} was made by a newer MyMap (data version {}; this MyMap reads up to version {}). Update the MyMap plugin to open it.</source>
   <translation>{} được tạo bởi phiên bản MyMap mới hơn (phiên bản dữ liệu {}; MyMap này chỉ đọc được tới phiên bản {}). Hãy cập nhật plugin MyMap để mở tệp.</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/ward_map/ward_settings.py" line="160" />
   <source>{} has damaged ward settings (no data version or ward code).</source>
   <translation>{} có thiết lập phường bị hỏng (thiếu phiên bản dữ liệu hoặc mã phường).</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/ward_map/ward_settings.py" line="87" />
   <source>The QR link template '{}' has an unmatched brace.</source>
   <translation>Mẫu liên kết QR '{}' có dấu ngoặc nhọn không khớp.</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/ward_map/ward_settings.py" line="136" />
   <source>The file {} cannot be read: {}</source>
   <translation>Không thể đọc tệp {}: {}</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/ward_map/ward_settings.py" line="148" />
   <source>{} is a GeoPackage but not a MyMap ward map (it has no ward settings). Create a ward map with “New ward map…”.</source>
   <translation>{} là tệp GeoPackage nhưng không phải bản đồ phường của MyMap (không có thiết lập phường). Hãy tạo bản đồ phường bằng “Bản đồ phường mới…”.</translation>
  </message>
 </context>
</TS>
