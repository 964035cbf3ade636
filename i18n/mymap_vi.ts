<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi">
 <context>
  <name>mymap</name>
  <message>
   <location filename="../mymap_plugin/data_exchange/coordinate_checks.py" line="304" />
   <source>1,000</source>
   <translation>1.000</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/data_exchange/coordinate_checks.py" line="340" />
   <source>An offset of a few hundred metres is what VN-2000 coordinates show when they were surveyed without the datum shift ("VN-2000 nội bộ") but declared with it, or the reverse.</source>
   <translation>Lệch vài trăm mét là dấu hiệu của tọa độ VN-2000 đo không có tham số chuyển đổi ("VN-2000 nội bộ") nhưng khai báo là có, hoặc ngược lại.</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/data_exchange/coordinate_checks.py" line="343" />
   <source>The data probably reaches beyond the ward (a neighbouring ward), or the residential groups there are not drawn yet.</source>
   <translation>Dữ liệu có lẽ vượt ra ngoài phường (sang phường bên cạnh), hoặc các tổ dân phố ở đó chưa được vẽ.</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/data_exchange/coordinate_checks.py" line="119" />
   <source>the ward</source>
   <translation>phường</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/data_exchange/coordinate_checks.py" line="348" />
   <source>The data is probably of another province, or its coordinates are not in {} as declared.</source>
   <translation>Dữ liệu có lẽ thuộc một tỉnh khác, hoặc tọa độ của nó không ở hệ {} như đã khai báo.</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/data_exchange/coordinate_checks.py" line="154" />
   <source>the ward's residential groups</source>
   <translation>các tổ dân phố của phường</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/data_exchange/coordinate_checks.py" line="158" />
   <source>more than 1 km from the ward's assets</source>
   <translation>cách các tài sản của phường hơn 1 km</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/data_exchange/coordinate_checks.py" line="159" />
   <source>the ward's assets</source>
   <translation>các tài sản của phường</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/data_exchange/coordinate_checks.py" line="274" />
   <source>Most features land outside the ward, but with X and Y exchanged they land inside: the source probably writes X = northing and Y = easting, as Vietnamese survey sheets do. Swap X and Y, or confirm to import as it is.</source>
   <translation>Phần lớn đối tượng nằm ngoài phường, nhưng khi đổi chỗ X và Y thì nằm trong phường: nguồn có lẽ ghi X = tọa độ bắc và Y = tọa độ đông như sổ đo đạc Việt Nam. Hãy đổi chỗ X và Y, hoặc xác nhận để nhập nguyên trạng.</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/data_exchange/coordinate_checks.py" line="323" />
   <source>about {distance} from {place}</source>
   <translation>cách {place} khoảng {distance}</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/data_exchange/coordinate_checks.py" line="326" />
   <source>between {nearest} and {farthest} from {place} (most about {typical})</source>
   <translation>cách {place} từ {nearest} đến {farthest} (phần lớn khoảng {typical})</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/data_exchange/coordinate_checks.py" line="329" />
   <source>{count} of {total} features land outside the ward, {how_far}. {cause} Check the coordinate system, or confirm to import them anyway.</source>
   <translation>{count} trên {total} đối tượng nằm ngoài phường, {how_far}. {cause} Hãy kiểm tra hệ tọa độ, hoặc xác nhận để vẫn nhập.</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/data_exchange/coordinate_checks.py" line="346" />
   <source>The data is probably of another place nearby (another ward, district or a neighbouring province), or its coordinates are not in {} as declared.</source>
   <translation>Dữ liệu có lẽ thuộc một nơi gần đó (phường, quận/huyện khác hoặc tỉnh lân cận), hoặc tọa độ của nó không ở hệ {} như đã khai báo.</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/data_exchange/coordinate_checks.py" line="169" />
   <source>outside the area of use of the ward's coordinate system {}</source>
   <translation>ngoài vùng áp dụng của hệ tọa độ {} của phường</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/data_exchange/coordinate_checks.py" line="230" />
   <source>The source has no coordinate system. Its coordinates fit the ward when read as {} ({}){}. Choose that coordinate system to import.</source>
   <translation>Nguồn không có hệ tọa độ. Tọa độ của nó khớp với phường khi đọc theo {} ({}){}. Hãy chọn hệ tọa độ đó để nhập.</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/data_exchange/coordinate_checks.py" line="232" />
   <source>, with X and Y exchanged</source>
   <translation>, với X và Y đổi chỗ</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/data_exchange/coordinate_checks.py" line="235" />
   <source>The source has no coordinate system and its coordinates do not fit the ward in any usual one (VN-2000 zones, WGS 84). Choose the coordinate system the data was surveyed in.</source>
   <translation>Nguồn không có hệ tọa độ và tọa độ của nó không khớp với phường theo hệ thông dụng nào (các múi VN-2000, WGS 84). Hãy chọn hệ tọa độ mà dữ liệu đã được đo.</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/data_exchange/coordinate_checks.py" line="318" />
   <source>{} of {} features land {}. Check the coordinate system, or confirm to import them anyway.</source>
   <translation>{} trong {} đối tượng nằm {}. Hãy kiểm tra hệ tọa độ, hoặc xác nhận để vẫn nhập.</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/data_exchange/coordinate_checks.py" line="153" />
   <source>more than {} m from the ward's residential groups</source>
   <translation>cách các tổ dân phố của phường hơn {} m</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/data_exchange/coordinate_checks.py" line="170" />
   <source>the area of use of the ward's coordinate system {}</source>
   <translation>vùng sử dụng của hệ tọa độ {} của phường</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/data_exchange/coordinate_checks.py" line="243" />
   <source>The source uses {}, a withdrawn EPSG code whose axes are northing, easting; {} replaces it. Check the result on the map.</source>
   <translation>Nguồn dùng {}, một mã EPSG đã bị thu hồi có thứ tự trục bắc, đông; mã thay thế là {}. Hãy kiểm tra kết quả trên bản đồ.</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/data_exchange/coordinate_checks.py" line="256" />
   <source>The source's coordinate system ({}) is VN-2000 without the official datum shift to WGS 84 ("VN-2000 nội bộ"): its features would land about {} m away from where they are. Use {} ({}) instead, or confirm to import as it is.</source>
   <translation>Hệ tọa độ của nguồn ({}) là VN-2000 không có tham số chuyển đổi chính thức sang WGS 84 ("VN-2000 nội bộ"): các đối tượng sẽ lệch khoảng {} m so với vị trí thật. Hãy dùng {} ({}) thay thế, hoặc xác nhận để nhập nguyên trạng.</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/data_exchange/coordinate_checks.py" line="269" />
   <source>The source is in VN-2000 zone {}; it is converted to the ward's zone {}.</source>
   <translation>Nguồn ở múi VN-2000 {}; dữ liệu được chuyển sang múi {} của phường.</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/data_exchange/coordinate_checks.py" line="285" />
   <source>The features land outside the ward in {}, but inside it when read in VN-2000 zone {} ({}): the data was probably surveyed in that zone. Use {}, or confirm to import as it is.</source>
   <translation>Các đối tượng nằm ngoài phường theo {}, nhưng nằm trong phường khi đọc theo múi VN-2000 {} ({}): dữ liệu có lẽ được đo ở múi đó. Hãy dùng {}, hoặc xác nhận để nhập nguyên trạng.</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/data_exchange/export_layers.py" line="164" />
   <source>Choose at least one layer to export.</source>
   <translation>Hãy chọn ít nhất một lớp để xuất.</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/data_exchange/export_layers.py" line="363" />
   <source>None of the chosen layers has geometry, so there is nothing to draw in a DXF.</source>
   <translation>Không lớp nào được chọn có hình học, nên không có gì để vẽ vào tệp DXF.</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/data_exchange/export_layers.py" line="156" />
   <source>Unknown export format {}: use one of {}.</source>
   <translation>Định dạng xuất {} không hợp lệ: hãy dùng một trong các định dạng {}.</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/data_exchange/export_layers.py" line="167" />
   <location filename="../mymap_plugin/data_exchange/map_pdf.py" line="136" />
   <location filename="../mymap_plugin/data_exchange/ward_statistics.py" line="161" />
   <source>The output folder {} does not exist.</source>
   <translation>Thư mục đầu ra {} không tồn tại.</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/data_exchange/export_layers.py" line="178" />
   <location filename="../mymap_plugin/data_exchange/ward_statistics.py" line="168" />
   <source>These files already exist: {}. Choose an empty folder; nothing was overwritten.</source>
   <translation>Các tệp này đã tồn tại: {}. Hãy chọn một thư mục trống; không tệp nào bị ghi đè.</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/data_exchange/export_layers.py" line="183" />
   <source>The coordinate reference system {} is not known.</source>
   <translation>Không xác định được hệ tọa độ {}.</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/data_exchange/export_layers.py" line="161" />
   <source>{} is not a layer of the ward map.</source>
   <translation>{} không phải là một lớp của bản đồ phường.</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/data_exchange/export_layers.py" line="198" />
   <source>The export failed: {}. Nothing was written.</source>
   <translation>Xuất dữ liệu không thành công: {}. Không tệp nào được ghi.</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/data_exchange/field_mapping.py" line="100" />
   <location filename="../mymap_plugin/data_exchange/field_mapping.py" line="106" />
   <source>A field map is a JSON object: {"target field": "expression", …}.</source>
   <translation>Bảng ánh xạ trường là một đối tượng JSON: {"trường đích": "biểu thức", …}.</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/data_exchange/field_mapping.py" line="93" />
   <source>In the field map, {} needs an expression (text) or an object with an "expression".</source>
   <translation>Trong bảng ánh xạ trường, {} cần một biểu thức (văn bản) hoặc một đối tượng có "expression".</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/data_exchange/field_mapping.py" line="225" />
   <source>{}: '{}' is not a date (use 2024-05-31 or 31/05/2024).</source>
   <translation>{}: '{}' không phải là ngày (dùng 2024-05-31 hoặc 31/05/2024).</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/data_exchange/field_mapping.py" line="103" />
   <source>This field map is for the layer {}, not for {}.</source>
   <translation>Bảng ánh xạ trường này dành cho lớp {}, không phải cho {}.</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/data_exchange/field_mapping.py" line="191" />
   <location filename="../mymap_plugin/data_exchange/field_mapping.py" line="189" />
   <source>{}: '{}' is not a number.</source>
   <translation>{}: '{}' không phải là số.</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/data_exchange/field_mapping.py" line="197" />
   <source>{}: {} is below the minimum {}.</source>
   <translation>{}: {} nhỏ hơn giá trị tối thiểu {}.</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/data_exchange/field_mapping.py" line="200" />
   <source>{}: {} is above the maximum {}.</source>
   <translation>{}: {} lớn hơn giá trị tối đa {}.</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/data_exchange/field_mapping.py" line="267" />
   <source>{}: '{}' is not yes or no.</source>
   <translation>{}: '{}' không phải là có hay không.</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/data_exchange/field_mapping.py" line="90" />
   <source>In the field map, the values of {} must be a list of pairs (source value: target value).</source>
   <translation>Trong bảng ánh xạ trường, các giá trị của {} phải là danh sách cặp (giá trị nguồn: giá trị đích).</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/data_exchange/field_mapping.py" line="112" />
   <source>The field map names {}, which is not a field the import can fill in {}. Fields: {}.</source>
   <translation>Bảng ánh xạ trường có {}, không phải trường mà việc nhập có thể điền trong {}. Các trường: {}.</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/data_exchange/field_mapping.py" line="128" />
   <source>The field map {} was not found. Give JSON text, a .json file or one of: {}.</source>
   <translation>Không tìm thấy bảng ánh xạ trường {}. Hãy nhập văn bản JSON, một tệp .json hoặc một trong: {}.</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/data_exchange/field_mapping.py" line="137" />
   <source>The field map is not valid JSON: {}</source>
   <translation>Bảng ánh xạ trường không phải JSON hợp lệ: {}</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/data_exchange/field_mapping.py" line="194" />
   <source>{}: '{}' is not a whole number.</source>
   <translation>{}: '{}' không phải là số nguyên.</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/data_exchange/field_mapping.py" line="253" />
   <source>{}: '{}' is not one of the allowed values ({}). Add it to the field map's values.</source>
   <translation>{}: '{}' không thuộc các giá trị cho phép ({}). Hãy thêm nó vào phần giá trị của bảng ánh xạ trường.</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/data_exchange/field_mapping.py" line="133" />
   <source>The field map {} cannot be read: {}</source>
   <translation>Không đọc được bảng ánh xạ trường {}: {}</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/data_exchange/gui/import_assets_dialog.py" line="80" />
   <source>The import failed: {}</source>
   <translation>Nhập dữ liệu thất bại: {}</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/data_exchange/gui/import_assets_dialog.py" line="77" />
   <source>Importing assets</source>
   <translation>Đang nhập tài sản</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/data_exchange/gui/import_assets_dialog.py" line="90" />
   <location filename="../mymap_plugin/data_exchange/gui/import_assets_dialog.py" line="378" />
   <location filename="../mymap_plugin/data_exchange/processing/import_assets_algorithm.py" line="77" />
   <source>Import assets</source>
   <translation>Nhập tài sản</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/data_exchange/gui/import_assets_dialog.py" line="96" />
   <location filename="../mymap_plugin/plugin.py" line="198" />
   <location filename="../mymap_plugin/plugin.py" line="276" />
   <source>GeoPackage (*.gpkg)</source>
   <translation>GeoPackage (*.gpkg)</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/data_exchange/gui/import_assets_dialog.py" line="103" />
   <source>The source's own</source>
   <translation>Hệ tọa độ của nguồn</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/data_exchange/gui/import_assets_dialog.py" line="105" />
   <location filename="../mymap_plugin/data_exchange/processing/import_assets_algorithm.py" line="92" />
   <source>Swap X and Y (X is the northing)</source>
   <translation>Đổi chỗ X và Y (X là tọa độ bắc)</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/data_exchange/gui/import_assets_dialog.py" line="106" />
   <location filename="../mymap_plugin/data_exchange/processing/import_assets_algorithm.py" line="94" />
   <source>Import even though the coordinate checks warn</source>
   <translation>Vẫn nhập dù kiểm tra tọa độ có cảnh báo</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/data_exchange/gui/import_assets_dialog.py" line="109" />
   <source>Source data</source>
   <translation>Dữ liệu nguồn</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/data_exchange/gui/import_assets_dialog.py" line="110" />
   <location filename="../mymap_plugin/data_exchange/processing/import_assets_algorithm.py" line="84" />
   <source>Import into</source>
   <translation>Nhập vào</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/data_exchange/gui/import_assets_dialog.py" line="111" />
   <location filename="../mymap_plugin/ward_map/processing/create_ward_map_algorithm.py" line="31" />
   <location filename="../mymap_plugin/ward_map/processing/open_ward_map_algorithm.py" line="13" />
   <source>Ward map</source>
   <translation>Bản đồ phường</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/data_exchange/gui/import_assets_dialog.py" line="112" />
   <source>Source coordinate system</source>
   <translation>Hệ tọa độ nguồn</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/data_exchange/gui/import_assets_dialog.py" line="119" />
   <source>Fields with the same names</source>
   <translation>Các trường cùng tên</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/data_exchange/gui/import_assets_dialog.py" line="122" />
   <source>Load map…</source>
   <translation>Mở bảng ánh xạ…</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/data_exchange/gui/import_assets_dialog.py" line="123" />
   <source>Save map…</source>
   <translation>Lưu bảng ánh xạ…</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/data_exchange/gui/import_assets_dialog.py" line="141" />
   <location filename="../mymap_plugin/data_exchange/gui/import_assets_dialog.py" line="125" />
   <source>Field map</source>
   <translation>Bảng ánh xạ trường</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/data_exchange/gui/import_assets_dialog.py" line="142" />
   <location filename="../mymap_plugin/data_exchange/gui/import_assets_dialog.py" line="149" />
   <location filename="../mymap_plugin/data_exchange/gui/import_assets_dialog.py" line="325" />
   <source>Preview</source>
   <translation>Xem trước</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/data_exchange/gui/import_assets_dialog.py" line="151" />
   <source>Import</source>
   <translation>Nhập</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/data_exchange/gui/import_assets_dialog.py" line="239" />
   <source>Load field map</source>
   <translation>Mở bảng ánh xạ trường</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/data_exchange/gui/import_assets_dialog.py" line="239" />
   <location filename="../mymap_plugin/data_exchange/gui/import_assets_dialog.py" line="248" />
   <source>Field map (*.json)</source>
   <translation>Bảng ánh xạ trường (*.json)</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/data_exchange/gui/import_assets_dialog.py" line="248" />
   <source>Save field map</source>
   <translation>Lưu bảng ánh xạ trường</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/data_exchange/gui/import_assets_dialog.py" line="321" />
   <location filename="../mymap_plugin/ward_map/schema.py" line="326" />
   <source>Residential groups</source>
   <translation>Tổ dân phố</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/data_exchange/gui/import_assets_dialog.py" line="94" />
   <source>Vector data</source>
   <translation>Dữ liệu vector</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/data_exchange/gui/import_assets_dialog.py" line="116" />
   <source>Target field</source>
   <translation>Trường đích</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/data_exchange/gui/import_assets_dialog.py" line="116" />
   <source>Source field or expression</source>
   <translation>Trường nguồn hoặc biểu thức</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/data_exchange/gui/import_assets_dialog.py" line="301" />
   <source>Row</source>
   <translation>Dòng</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/data_exchange/gui/import_assets_dialog.py" line="301" />
   <source>Rejected because</source>
   <translation>Bị từ chối vì</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/data_exchange/gui/import_assets_dialog.py" line="349" />
   <source>Choose the source data and the ward map first.</source>
   <translation>Hãy chọn dữ liệu nguồn và bản đồ phường trước.</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/data_exchange/gui/import_assets_dialog.py" line="366" />
   <source>{} rows imported into {} (asset codes {} to {}); {} rejected.</source>
   <translation>Đã nhập {} dòng vào {} (mã tài sản {} đến {}); {} dòng bị từ chối.</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/data_exchange/gui/import_assets_dialog.py" line="384" />
   <source>Rejected rows – {}</source>
   <translation>Dòng bị từ chối – {}</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/data_exchange/gui/import_assets_dialog.py" line="276" />
   <source>{} rows in the source; of the first {}: {} ready, {} rejected.</source>
   <translation>Nguồn có {} dòng; trong {} dòng đầu: {} sẵn sàng, {} bị từ chối.</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/data_exchange/gui/import_assets_dialog.py" line="282" />
   <source>Swap X and Y</source>
   <translation>Đổi chỗ X và Y</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/data_exchange/gui/import_assets_dialog.py" line="363" />
   <location filename="../mymap_plugin/data_exchange/import_assets.py" line="603" />
   <location filename="../mymap_plugin/data_exchange/import_assets.py" line="492" />
   <source>The import was cancelled; nothing was written.</source>
   <translation>Đã hủy nhập; không ghi gì.</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/data_exchange/gui/import_assets_dialog.py" line="370" />
   <source>The rejected rows are in the layer "{}" with the reason.</source>
   <translation>Các dòng bị từ chối nằm trong lớp "{}" kèm lý do.</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/data_exchange/gui/import_assets_dialog.py" line="282" />
   <source>Use {}</source>
   <translation>Dùng {}</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/data_exchange/import_assets.py" line="253" />
   <source>no geometry</source>
   <translation>không có hình học</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/data_exchange/import_assets.py" line="604" />
   <source>Writing</source>
   <translation>Đang ghi</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/data_exchange/import_assets.py" line="259" />
   <source>The row has no geometry.</source>
   <translation>Dòng này không có hình học.</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/data_exchange/import_assets.py" line="252" />
   <source>points</source>
   <translation>điểm</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/data_exchange/import_assets.py" line="252" />
   <source>lines</source>
   <translation>đường</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/data_exchange/import_assets.py" line="253" />
   <source>polygons</source>
   <translation>vùng</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/data_exchange/import_assets.py" line="281" />
   <source>The row's coordinates cannot be converted to the ward's coordinate system.</source>
   <translation>Không chuyển được tọa độ của dòng sang hệ tọa độ của phường.</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/data_exchange/import_assets.py" line="494" />
   <source>Checking rows</source>
   <translation>Đang kiểm tra các dòng</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/data_exchange/import_assets.py" line="600" />
   <source>Nothing was imported.</source>
   <translation>Không nhập gì.</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/data_exchange/import_assets.py" line="110" />
   <source>The file {} is empty: there is nothing to import.</source>
   <translation>Tệp {} trống: không có gì để nhập.</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/data_exchange/import_assets.py" line="152" />
   <source>{} cannot be read as vector data. Choose a GeoPackage, Shapefile, GeoJSON, DXF, KML or a CSV file with coordinates.</source>
   <translation>Không đọc được {} như dữ liệu vector. Hãy chọn GeoPackage, Shapefile, GeoJSON, DXF, KML hoặc tệp CSV có tọa độ.</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/data_exchange/import_assets.py" line="160" />
   <source>{} is empty: there is nothing to import.</source>
   <translation>{} trống: không có gì để nhập.</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/data_exchange/import_assets.py" line="162" />
   <source>{} has no geometry, so its rows cannot be placed on the map.</source>
   <translation>{} không có hình học nên không thể đặt các dòng lên bản đồ.</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/data_exchange/import_assets.py" line="263" />
   <source>The row's geometry is made of {}, but {} needs {}.</source>
   <translation>Hình học của dòng là {}, nhưng {} cần {}.</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/data_exchange/import_assets.py" line="455" />
   <source>{} is not a layer assets can be imported into; choose one of {}.</source>
   <translation>{} không phải lớp có thể nhập tài sản vào; hãy chọn một trong {}.</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/data_exchange/import_assets.py" line="476" />
   <source>{} holds {}, but {} needs {}. Choose another target layer or source.</source>
   <translation>{} chứa {}, nhưng {} cần {}. Hãy chọn lớp đích hoặc nguồn khác.</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/data_exchange/import_assets.py" line="500" />
   <source>The same feature (same geometry and values) is already in the ward map; importing it again would make a duplicate.</source>
   <translation>Đối tượng giống hệt (cùng hình học và giá trị) đã có trong bản đồ phường; nhập lần nữa sẽ tạo bản trùng.</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/data_exchange/import_assets.py" line="518" />
   <source>None of the {} rows can be imported into {}. The most frequent reason ({} rows): {}</source>
   <translation>Không dòng nào trong {} dòng có thể nhập vào {}. Lý do thường gặp nhất ({} dòng): {}</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/data_exchange/import_assets.py" line="108" />
   <source>The file {} cannot be read as UTF-8 text: {}</source>
   <translation>Không đọc được tệp {} như văn bản UTF-8: {}</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/data_exchange/import_assets.py" line="127" />
   <source>The CSV file {} has no coordinate columns. Name them X and Y (or lon and lat, or Easting and Northing), or give the geometry as WKT.</source>
   <translation>Tệp CSV {} không có cột tọa độ. Hãy đặt tên cột là X và Y (hoặc lon và lat, hoặc Easting và Northing), hoặc ghi hình học dạng WKT.</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/data_exchange/import_assets.py" line="271" />
   <source>The row's geometry has {} parts; {} needs a single part per row. Split it into single parts first.</source>
   <translation>Hình học của dòng có {} phần; {} cần một phần mỗi dòng. Hãy tách thành các phần đơn trước.</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/data_exchange/import_assets.py" line="286" />
   <source>The row's polygon is not valid ({}). Repair it (Fix geometries) and import it again.</source>
   <translation>Vùng của dòng không hợp lệ ({}). Hãy sửa (Fix geometries) rồi nhập lại.</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/data_exchange/import_assets.py" line="411" />
   <source>The species {} is not in the ward's species list.</source>
   <translation>Loài {} không có trong danh mục loài cây của phường.</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/data_exchange/import_assets.py" line="538" />
   <location filename="../mymap_plugin/data_exchange/import_assets.py" line="581" />
   <source>The ward map {} could not be written: {}. Nothing was imported.</source>
   <translation>Không ghi được bản đồ phường {}: {}. Không nhập gì.</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/data_exchange/import_assets.py" line="146" />
   <source>The source {} does not exist.</source>
   <translation>Nguồn {} không tồn tại.</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/data_exchange/import_assets.py" line="236" />
   <location filename="../mymap_plugin/sensors/gui/flood_watch_panel.py" line="126" />
   <location filename="../mymap_plugin/ward_map/create_ward_map.py" line="225" />
   <source>The ward map {} cannot be read: {}</source>
   <translation>Không đọc được bản đồ phường {}: {}</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/data_exchange/import_assets.py" line="337" />
   <source>The expression for {} is not valid: {} ({})</source>
   <translation>Biểu thức cho {} không hợp lệ: {} ({})</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/data_exchange/import_assets.py" line="367" />
   <source>{}: the expression failed: {}</source>
   <translation>{}: biểu thức bị lỗi: {}</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/data_exchange/import_assets.py" line="378" />
   <source>{} is required but the row has no value for it.</source>
   <translation>{} là bắt buộc nhưng dòng không có giá trị.</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/data_exchange/import_assets.py" line="386" />
   <source>This feature (uuid {}) is already in the ward map.</source>
   <translation>Đối tượng này (uuid {}) đã có trong bản đồ phường.</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/data_exchange/import_assets.py" line="392" />
   <source>The asset code {} is not a valid code of {}.</source>
   <translation>Mã tài sản {} không phải mã hợp lệ của {}.</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/data_exchange/import_assets.py" line="396" />
   <source>The asset code {} is already used in the ward map.</source>
   <translation>Mã tài sản {} đã được dùng trong bản đồ phường.</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/data_exchange/import_assets.py" line="404" />
   <source>The residential group {} does not exist in the ward map.</source>
   <translation>Tổ dân phố {} không có trong bản đồ phường.</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/data_exchange/import_assets.py" line="415" />
   <source>{}: the drainage node {} does not exist in the ward map.</source>
   <translation>{}: nút thoát nước {} không có trong bản đồ phường.</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/data_exchange/import_assets.py" line="503" />
   <source>The same feature (same geometry and values) is in row {} of the source: this row looks like a duplicate.</source>
   <translation>Đối tượng giống hệt (cùng hình học và giá trị) có ở dòng {} của nguồn: dòng này có vẻ là bản trùng.</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/data_exchange/import_assets.py" line="533" />
   <source>This working copy has used all the asset codes reserved for it for the layer {}; sync it to get new ones, then import again. Nothing was imported.</source>
   <translation>Bản sao làm việc này đã dùng hết các mã tài sản dành cho nó ở lớp {}; hãy đồng bộ để nhận mã mới rồi nhập lại. Không có gì được nhập.</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/data_exchange/map_pdf.py" line="56" />
   <location filename="../mymap_plugin/ward_map/open_ward_map.py" line="42" />
   <source>All assets</source>
   <translation>Tất cả tài sản</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/data_exchange/map_pdf.py" line="57" />
   <location filename="../mymap_plugin/ward_map/open_ward_map.py" line="44" />
   <location filename="../mymap_plugin/ward_map/schema.py" line="191" />
   <source>Housing</source>
   <translation>Nhà ở</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/data_exchange/map_pdf.py" line="58" />
   <location filename="../mymap_plugin/ward_map/open_ward_map.py" line="45" />
   <source>Greenery</source>
   <translation>Cây xanh</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/data_exchange/map_pdf.py" line="59" />
   <location filename="../mymap_plugin/ward_map/open_ward_map.py" line="46" />
   <source>Drainage</source>
   <translation>Thoát nước</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/data_exchange/map_pdf.py" line="60" />
   <location filename="../mymap_plugin/ward_map/open_ward_map.py" line="47" />
   <source>Flooding</source>
   <translation>Ngập úng</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/data_exchange/map_pdf.py" line="156" />
   <source>Opening the ward map</source>
   <translation>Đang mở bản đồ phường</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/data_exchange/map_pdf.py" line="332" />
   <source>VN-2000 grid</source>
   <translation>Lưới tọa độ VN-2000</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/data_exchange/map_pdf.py" line="393" />
   <source>N</source>
   <translation>B</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/data_exchange/map_pdf.py" line="454" />
   <source>Legend</source>
   <translation>Chú giải</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/data_exchange/map_pdf.py" line="166" />
   <source>Laying out the page</source>
   <translation>Đang dàn trang</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/data_exchange/map_pdf.py" line="184" />
   <location filename="../mymap_plugin/data_exchange/map_pdf.py" line="538" />
   <source>Writing the PDF</source>
   <translation>Đang ghi tệp PDF</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/data_exchange/map_pdf.py" line="377" />
   <source>Data: ward map of {ward} (MyMap). Coordinate system: {crs}. Printed {date}.</source>
   <translation>Dữ liệu: bản đồ số {ward} (MyMap). Hệ tọa độ: {crs}. In ngày {date}.</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/data_exchange/map_pdf.py" line="407" />
   <source>Scale 1:{}</source>
   <translation>Tỷ lệ 1:{}</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/data_exchange/map_pdf.py" line="384" />
   <source>Date: {}</source>
   <translation>Ngày: {}</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/data_exchange/map_pdf.py" line="122" />
   <source>Unknown map theme {}: use one of {}.</source>
   <translation>Không có chủ đề bản đồ {}: hãy dùng một trong {}.</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/data_exchange/map_pdf.py" line="124" />
   <source>Unknown paper size {}: use one of {}.</source>
   <translation>Không có khổ giấy {}: hãy dùng một trong {}.</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/data_exchange/map_pdf.py" line="130" />
   <source>The resolution {} dpi is not usable: use 50 to 1200 dpi.</source>
   <translation>Độ phân giải {} dpi không dùng được: hãy dùng từ 50 đến 1200 dpi.</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/data_exchange/map_pdf.py" line="133" />
   <location filename="../mymap_plugin/data_exchange/map_pdf.py" line="547" />
   <source>The file {} already exists. Choose another name; nothing was overwritten.</source>
   <translation>Tệp {} đã tồn tại. Hãy chọn tên khác; không ghi đè gì.</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/data_exchange/map_pdf.py" line="152" />
   <source>The ward map {} has no residential groups with a shape, so there are no pages for an atlas. Draw the residential groups first or export one map.</source>
   <translation>Bản đồ phường {} không có tổ dân phố nào có ranh giới, nên không có trang nào cho tập bản đồ. Hãy vẽ ranh giới tổ dân phố trước hoặc xuất một bản đồ.</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/data_exchange/map_pdf.py" line="168" />
   <source>{theme} map — {ward}</source>
   <translation>Bản đồ {theme} — {ward}</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/data_exchange/map_pdf.py" line="186" />
   <location filename="../mymap_plugin/data_exchange/processing/export_layers_algorithm.py" line="62" />
   <location filename="../mymap_plugin/data_exchange/processing/export_map_pdf_algorithm.py" line="74" />
   <source>Written: {}</source>
   <translation>Đã ghi: {}</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/data_exchange/map_pdf.py" line="127" />
   <source>The scale 1:{} is not usable: give a scale between 1:1 and 1:{}, or none to fit the ward on the page.</source>
   <translation>Tỷ lệ 1:{} không dùng được: hãy chọn tỷ lệ từ 1:1 đến 1:{}, hoặc để trống để vừa phường trên trang.</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/data_exchange/map_pdf.py" line="164" />
   <source>The ward map {} has nothing to draw yet: add residential groups, houses, trees or drainage first.</source>
   <translation>Bản đồ phường {} chưa có gì để vẽ: hãy thêm tổ dân phố, nhà, cây hoặc thoát nước trước.</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/data_exchange/map_pdf.py" line="544" />
   <source>The PDF {} could not be written (QGIS export error {}{}). Nothing was written.</source>
   <translation>Không ghi được tệp PDF {} (lỗi xuất của QGIS {}{}). Không ghi gì.</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/data_exchange/processing/export_layers_algorithm.py" line="14" />
   <source>GeoPackage</source>
   <translation>GeoPackage</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/data_exchange/processing/export_layers_algorithm.py" line="14" />
   <source>GeoJSON (WGS 84)</source>
   <translation>GeoJSON (WGS 84)</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/data_exchange/processing/export_layers_algorithm.py" line="14" />
   <source>Shapefile</source>
   <translation>Shapefile</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/data_exchange/processing/export_layers_algorithm.py" line="14" />
   <source>KML (WGS 84)</source>
   <translation>KML (WGS 84)</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/data_exchange/processing/export_layers_algorithm.py" line="14" />
   <source>CSV</source>
   <translation>CSV</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/data_exchange/processing/export_layers_algorithm.py" line="15" />
   <source>DXF (AutoCAD, MicroStation)</source>
   <translation>DXF (AutoCAD, MicroStation)</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/data_exchange/processing/export_layers_algorithm.py" line="15" />
   <source>Excel (XLSX)</source>
   <translation>Excel (XLSX)</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/data_exchange/processing/export_layers_algorithm.py" line="19" />
   <location filename="../mymap_plugin/data_exchange/processing/export_map_pdf_algorithm.py" line="19" />
   <location filename="../mymap_plugin/data_exchange/processing/import_assets_algorithm.py" line="59" />
   <source>Data in and out</source>
   <translation>Nhập và xuất dữ liệu</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/data_exchange/processing/export_layers_algorithm.py" line="20" />
   <source>Writes the chosen layers of a ward map for planners: GeoPackage, GeoJSON, Shapefile (UTF-8 .cpg and .prj), KML, CSV (geometry as WKT), DXF (a CAD layer per asset type, with trees, drainage nodes and sensors as the blocks MYMAP_TREE, MYMAP_NODE and MYMAP_SENSOR inserted at their positions, and a layer per type with the asset codes as text) or XLSX (a sheet per layer), in the ward's CRS or another one (WGS 84, another VN-2000 zone, UTM 48N; the official VN-2000 shift is applied). GeoJSON and KML are always WGS 84. Existing files are never overwritten.</source>
   <translation>Ghi các lớp đã chọn của bản đồ phường cho người làm quy hoạch: GeoPackage, GeoJSON, Shapefile (kèm .cpg UTF-8 và .prj), KML, CSV (hình học dạng WKT), DXF (mỗi loại tài sản một lớp CAD; cây, nút thoát nước và cảm biến là các khối MYMAP_TREE, MYMAP_NODE và MYMAP_SENSOR chèn tại vị trí của chúng; mỗi loại có một lớp ghi mã tài sản dạng chữ) hoặc XLSX (mỗi lớp một trang tính), theo hệ tọa độ của phường hoặc hệ khác (WGS 84, múi VN-2000 khác, UTM 48N; áp dụng tham số chuyển đổi VN-2000 chính thức). GeoJSON và KML luôn ở WGS 84. Không bao giờ ghi đè tệp đã có.</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/data_exchange/processing/export_layers_algorithm.py" line="32" />
   <source>Export layers</source>
   <translation>Xuất các lớp</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/data_exchange/processing/export_layers_algorithm.py" line="35" />
   <location filename="../mymap_plugin/data_exchange/processing/export_map_pdf_algorithm.py" line="38" />
   <location filename="../mymap_plugin/data_exchange/processing/import_assets_algorithm.py" line="85" />
   <source>Ward map (GeoPackage)</source>
   <translation>Bản đồ phường (GeoPackage)</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/data_exchange/processing/export_layers_algorithm.py" line="38" />
   <source>Layers</source>
   <translation>Các lớp</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/data_exchange/processing/export_layers_algorithm.py" line="41" />
   <location filename="../mymap_plugin/sensors/processing/import_sensor_readings_algorithm.py" line="38" />
   <source>Format</source>
   <translation>Định dạng</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/data_exchange/processing/export_layers_algorithm.py" line="43" />
   <source>Coordinate reference system (empty: the ward's)</source>
   <translation>Hệ tọa độ (để trống: hệ của phường)</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/data_exchange/processing/export_layers_algorithm.py" line="46" />
   <source>Vietnamese column names (aliases)</source>
   <translation>Tên cột tiếng Việt (bí danh)</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/data_exchange/processing/export_layers_algorithm.py" line="47" />
   <location filename="../mymap_plugin/data_exchange/processing/ward_statistics_algorithm.py" line="30" />
   <source>Output folder</source>
   <translation>Thư mục đầu ra</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/data_exchange/processing/export_layers_algorithm.py" line="48" />
   <location filename="../mymap_plugin/data_exchange/processing/ward_statistics_algorithm.py" line="31" />
   <source>Files written</source>
   <translation>Số tệp đã ghi</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/data_exchange/processing/export_layers_algorithm.py" line="49" />
   <source>Files written (list)</source>
   <translation>Các tệp đã ghi (danh sách)</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/data_exchange/processing/export_map_pdf_algorithm.py" line="14" />
   <source>Landscape</source>
   <translation>Ngang</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/data_exchange/processing/export_map_pdf_algorithm.py" line="14" />
   <source>Portrait</source>
   <translation>Dọc</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/data_exchange/processing/export_map_pdf_algorithm.py" line="20" />
   <source>Writes a print-quality PDF of one map theme of a ward map (all assets, housing, greenery, drainage or flooding) on A4 to A0 paper: title, legend, scale and scale bar, north arrow, a VN-2000 coordinate grid with its coordinates in metres, the ward's name, the date and the data credits. Scale 0 fits the whole ward on the page at a round scale. With "One page per residential group" every residential group gets its own page (atlas), all in one PDF. An existing file is never overwritten.</source>
   <translation>Ghi tệp PDF chất lượng in của một chủ đề bản đồ phường (mọi tài sản, nhà ở, cây xanh, thoát nước hoặc ngập úng) trên khổ A4 đến A0: tiêu đề, chú giải, tỷ lệ và thước tỷ lệ, mũi tên chỉ hướng bắc, lưới tọa độ VN-2000 ghi tọa độ bằng mét, tên phường, ngày in và nguồn dữ liệu. Tỷ lệ 0 đặt vừa cả phường trên trang với tỷ lệ tròn. Khi chọn "Mỗi tổ dân phố một trang", mỗi tổ dân phố có một trang riêng (tập bản đồ), tất cả trong một tệp PDF. Không bao giờ ghi đè tệp đã có.</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/data_exchange/processing/export_map_pdf_algorithm.py" line="31" />
   <source>Export map as PDF</source>
   <translation>Xuất bản đồ ra PDF</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/data_exchange/processing/export_map_pdf_algorithm.py" line="41" />
   <source>Map theme</source>
   <translation>Chủ đề bản đồ</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/data_exchange/processing/export_map_pdf_algorithm.py" line="43" />
   <source>Scale 1:… (0: fit the ward on the page)</source>
   <translation>Tỷ lệ 1:… (0: vừa phường trên trang)</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/data_exchange/processing/export_map_pdf_algorithm.py" line="45" />
   <source>Paper size</source>
   <translation>Khổ giấy</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/data_exchange/processing/export_map_pdf_algorithm.py" line="48" />
   <source>Orientation</source>
   <translation>Hướng giấy</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/data_exchange/processing/export_map_pdf_algorithm.py" line="50" />
   <source>Title (empty: theme and ward name)</source>
   <translation>Tiêu đề (trống: chủ đề và tên phường)</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/data_exchange/processing/export_map_pdf_algorithm.py" line="52" />
   <source>One page per residential group</source>
   <translation>Mỗi tổ dân phố một trang</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/data_exchange/processing/export_map_pdf_algorithm.py" line="53" />
   <source>PDF file</source>
   <translation>Tệp PDF</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/data_exchange/processing/export_map_pdf_algorithm.py" line="54" />
   <location filename="../mymap_plugin/qr_labels/processing/generate_labels_algorithm.py" line="91" />
   <location filename="../mymap_plugin/qr_labels/processing/publish_records_algorithm.py" line="39" />
   <source>Pages</source>
   <translation>Số trang</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/data_exchange/processing/import_assets_algorithm.py" line="60" />
   <source>Imports existing survey data into a layer of the ward map: any vector layer (a memory layer, a model step's result, only its selected features) or a GeoPackage, Shapefile, GeoJSON, DXF, KML, or CSV file with X/Y, lon/lat or WKT columns. FIELD_MAP gives, per target field, a source field or expression and how source values become the target's coded values; it is JSON text, a saved .json file, osm_buildings for OpenStreetMap buildings or osm_highways for OpenStreetMap highways (into streets). Without it, fields named like the target's fields or their aliases are used. Before anything is written the coordinates are checked: a missing CRS, X and Y exchanged, another VN-2000 zone, VN-2000 without the datum shift, data outside the ward. Fix them (CRS, SWAP_XY) or confirm (CONFIRM). Rows that break a rule of the target are not imported; they go to the rejected-rows output with the reason. Everything else is written at once, with new asset codes.</source>
   <translation>Nhập dữ liệu điều tra có sẵn vào một lớp của bản đồ phường: bất kỳ lớp vector nào (lớp trong bộ nhớ, kết quả của một bước trong mô hình, chỉ các đối tượng đang chọn) hoặc tệp GeoPackage, Shapefile, GeoJSON, DXF, KML, hay CSV có cột X/Y, lon/lat hoặc WKT. FIELD_MAP cho biết, với mỗi trường đích, trường nguồn hoặc biểu thức và cách đổi giá trị nguồn sang mã của trường đích; đó là văn bản JSON, một tệp .json đã lưu, osm_buildings cho nhà của OpenStreetMap hoặc osm_highways cho đường của OpenStreetMap (vào lớp đường giao thông). Nếu để trống, các trường trùng tên hoặc trùng bí danh với trường đích được dùng. Trước khi ghi, tọa độ được kiểm tra: thiếu hệ tọa độ, X và Y đổi chỗ, múi VN-2000 khác, VN-2000 không có tham số chuyển đổi, dữ liệu ngoài phường. Hãy sửa (CRS, SWAP_XY) hoặc xác nhận (CONFIRM). Các dòng vi phạm quy tắc của lớp đích không được nhập; chúng được ghi vào đầu ra các dòng bị từ chối kèm lý do. Mọi dòng còn lại được ghi một lần, với mã tài sản mới.</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/data_exchange/processing/import_assets_algorithm.py" line="81" />
   <source>Source data (a layer, or a GeoPackage, Shapefile, GeoJSON, DXF, KML or CSV file)</source>
   <translation>Dữ liệu nguồn (một lớp, hoặc tệp GeoPackage, Shapefile, GeoJSON, DXF, KML hay CSV)</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/data_exchange/processing/import_assets_algorithm.py" line="88" />
   <source>Field map (JSON text, a .json file, osm_buildings or osm_highways)</source>
   <translation>Bảng ánh xạ trường (văn bản JSON, tệp .json, osm_buildings hoặc osm_highways)</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/data_exchange/processing/import_assets_algorithm.py" line="91" />
   <source>Source coordinate system (empty: the source's own)</source>
   <translation>Hệ tọa độ nguồn (trống: hệ của nguồn)</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/data_exchange/processing/import_assets_algorithm.py" line="96" />
   <source>Rejected rows</source>
   <translation>Dòng bị từ chối</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/data_exchange/processing/import_assets_algorithm.py" line="98" />
   <source>Rows imported</source>
   <translation>Số dòng đã nhập</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/data_exchange/processing/import_assets_algorithm.py" line="99" />
   <location filename="../mymap_plugin/sensors/processing/import_sensor_readings_algorithm.py" line="49" />
   <source>Rows rejected</source>
   <translation>Số dòng bị từ chối</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/data_exchange/processing/import_assets_algorithm.py" line="100" />
   <source>Asset codes given</source>
   <translation>Mã tài sản đã cấp</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/data_exchange/processing/import_assets_algorithm.py" line="139" />
   <source>{} rows imported, {} rejected.</source>
   <translation>Đã nhập {} dòng, {} dòng bị từ chối.</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/data_exchange/processing/import_assets_algorithm.py" line="138" />
   <location filename="../mymap_plugin/sensors/processing/import_sensor_readings_algorithm.py" line="76" />
   <source>Row {} not imported: {}</source>
   <translation>Dòng {} không được nhập: {}</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/data_exchange/processing/ward_statistics_algorithm.py" line="15" />
   <source>Counts the ward's assets per residential group — houses by use, trees by condition and species, heritage trees, drainage length by type and condition, sensors by their latest alert level — and writes each table as CSV (opens in Excel) with a bar chart (PNG) for the ward's report.</source>
   <translation>Thống kê tài sản của phường theo từng tổ dân phố — nhà theo mục đích sử dụng, cây xanh theo tình trạng và loài, cây di sản, chiều dài thoát nước theo loại và tình trạng, cảm biến theo mức cảnh báo gần nhất — và ghi mỗi bảng ra tệp CSV (mở được bằng Excel) kèm biểu đồ cột (PNG) cho báo cáo của phường.</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/data_exchange/processing/ward_statistics_algorithm.py" line="24" />
   <source>Ward statistics</source>
   <translation>Thống kê phường</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/data_exchange/processing/ward_statistics_algorithm.py" line="29" />
   <source>Bar charts (PNG)</source>
   <translation>Biểu đồ cột (PNG)</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/data_exchange/shapefile_names.py" line="140" />
   <source>The field {} has no short Shapefile column name: add one to data_exchange/shapefile_names.py.</source>
   <translation>Trường {} chưa có tên cột Shapefile ngắn: hãy thêm vào data_exchange/shapefile_names.py.</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/data_exchange/ward_statistics.py" line="29" />
   <location filename="../mymap_plugin/data_exchange/ward_statistics.py" line="38" />
   <source>(not recorded)</source>
   <translation>(chưa ghi nhận)</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/data_exchange/ward_statistics.py" line="48" />
   <source>Houses by use</source>
   <translation>Nhà theo mục đích sử dụng</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/data_exchange/ward_statistics.py" line="50" />
   <source>houses</source>
   <translation>nhà</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/data_exchange/ward_statistics.py" line="51" />
   <source>Trees by condition</source>
   <translation>Cây xanh theo tình trạng</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/data_exchange/ward_statistics.py" line="53" />
   <location filename="../mymap_plugin/data_exchange/ward_statistics.py" line="56" />
   <location filename="../mymap_plugin/data_exchange/ward_statistics.py" line="59" />
   <source>trees</source>
   <translation>cây</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/data_exchange/ward_statistics.py" line="54" />
   <source>Trees by species</source>
   <translation>Cây xanh theo loài</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/data_exchange/ward_statistics.py" line="57" />
   <location filename="../mymap_plugin/data_exchange/ward_statistics.py" line="75" />
   <source>Heritage trees</source>
   <translation>Cây di sản</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/data_exchange/ward_statistics.py" line="60" />
   <source>Drainage length by type (m)</source>
   <translation>Chiều dài thoát nước theo loại (m)</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/data_exchange/ward_statistics.py" line="63" />
   <source>Drainage length by condition (m)</source>
   <translation>Chiều dài thoát nước theo tình trạng (m)</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/data_exchange/ward_statistics.py" line="66" />
   <source>Sensors by latest alert level</source>
   <translation>Cảm biến theo mức cảnh báo gần nhất</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/data_exchange/ward_statistics.py" line="68" />
   <source>sensors</source>
   <translation>cảm biến</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/data_exchange/ward_statistics.py" line="72" />
   <source>(no reading yet)</source>
   <translation>(chưa có số đo)</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/data_exchange/ward_statistics.py" line="84" />
   <source>Total</source>
   <translation>Tổng</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/data_exchange/ward_statistics.py" line="152" />
   <location filename="../mymap_plugin/sensors/sensor_chart.py" line="618" />
   <source>The chart {} could not be written.</source>
   <translation>Không ghi được biểu đồ {}.</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/data_exchange/ward_statistics.py" line="84" />
   <location filename="../mymap_plugin/ward_map/schema.py" line="166" />
   <source>Residential group</source>
   <translation>Tổ dân phố</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/data_exchange/ward_statistics.py" line="84" />
   <location filename="../mymap_plugin/ward_map/schema.py" line="332" />
   <source>Name</source>
   <translation>Tên</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/data_exchange/ward_statistics.py" line="98" />
   <source>The workbook {} could not be written.</source>
   <translation>Không ghi được sổ tính {}.</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/plugin.py" line="58" />
   <source>New ward map…</source>
   <translation>Bản đồ phường mới…</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/plugin.py" line="59" />
   <source>Open ward map…</source>
   <translation>Mở bản đồ phường…</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/plugin.py" line="60" />
   <source>Validate ward map…</source>
   <translation>Kiểm tra bản đồ phường…</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/plugin.py" line="61" />
   <source>Print QR labels…</source>
   <translation>In tem QR…</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/plugin.py" line="63" />
   <source>Export QR tag images…</source>
   <translation>Xuất ảnh tem QR…</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/plugin.py" line="66" />
   <source>Publish asset record pages…</source>
   <translation>Công bố trang thông tin tài sản…</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/plugin.py" line="68" />
   <location filename="../mymap_plugin/sync/gui/sync_panel.py" line="184" />
   <location filename="../mymap_plugin/sync/gui/sync_panel.py" line="206" />
   <source>Sync</source>
   <translation>Đồng bộ</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/plugin.py" line="69" />
   <source>Sync panel: conflicts and history</source>
   <translation>Khung đồng bộ: xung đột và lịch sử</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/plugin.py" line="72" />
   <source>Check out a working copy…</source>
   <translation>Lấy bản sao làm việc…</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/plugin.py" line="75" />
   <source>Package for QField…</source>
   <translation>Đóng gói cho QField…</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/plugin.py" line="78" />
   <source>Export changes to a bundle…</source>
   <translation>Xuất gói thay đổi…</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/plugin.py" line="81" />
   <source>Import changes from a bundle…</source>
   <translation>Nhập gói thay đổi…</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/plugin.py" line="83" />
   <source>Open PostGIS ward…</source>
   <translation>Mở phường trên PostGIS…</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/plugin.py" line="86" />
   <source>Publish to PostgreSQL…</source>
   <translation>Xuất bản lên PostgreSQL…</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/plugin.py" line="89" />
   <source>Export a PostGIS ward to GeoPackage…</source>
   <translation>Xuất phường PostGIS ra GeoPackage…</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/plugin.py" line="91" />
   <source>Import assets…</source>
   <translation>Nhập tài sản…</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/plugin.py" line="94" />
   <source>Export layers…</source>
   <translation>Xuất các lớp…</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/plugin.py" line="97" />
   <source>Print a map to PDF…</source>
   <translation>In bản đồ ra PDF…</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/plugin.py" line="100" />
   <source>Ward statistics…</source>
   <translation>Thống kê phường…</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/plugin.py" line="102" />
   <source>Flood watch: sensors and charts</source>
   <translation>Theo dõi ngập: cảm biến và biểu đồ</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/plugin.py" line="193" />
   <location filename="../mymap_plugin/ward_map/create_ward_map.py" line="130" />
   <source>Creating the ward map was cancelled; no file was written.</source>
   <translation>Đã hủy tạo bản đồ phường; không có tệp nào được ghi.</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/plugin.py" line="198" />
   <location filename="../mymap_plugin/plugin.py" line="206" />
   <location filename="../mymap_plugin/ward_map/processing/open_ward_map_algorithm.py" line="22" />
   <source>Open ward map</source>
   <translation>Mở bản đồ phường</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/plugin.py" line="276" />
   <location filename="../mymap_plugin/plugin.py" line="288" />
   <location filename="../mymap_plugin/plugin.py" line="282" />
   <source>Validate ward map</source>
   <translation>Kiểm tra bản đồ phường</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/plugin.py" line="183" />
   <source>Creating the ward map {}…</source>
   <translation>Đang tạo bản đồ phường {}…</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/plugin.py" line="188" />
   <source>Ward map created: {}</source>
   <translation>Đã tạo bản đồ phường: {}</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/plugin.py" line="209" />
   <location filename="../mymap_plugin/ward_map/processing/open_ward_map_algorithm.py" line="37" />
   <source>Ward map opened: {}</source>
   <translation>Đã mở bản đồ phường: {}</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/plugin.py" line="236" />
   <source>Ward opened from PostgreSQL: {}</source>
   <translation>Đã mở phường từ PostgreSQL: {}</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/plugin.py" line="284" />
   <location filename="../mymap_plugin/ward_map/processing/validate_ward_map_algorithm.py" line="34" />
   <source>Rows given a uuid or asset code: {}</source>
   <translation>Số bản ghi được gán uuid hoặc mã tài sản: {}</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/plugin.py" line="285" />
   <location filename="../mymap_plugin/ward_map/processing/validate_ward_map_algorithm.py" line="35" />
   <source>SQLite integrity check: {}</source>
   <translation>Kiểm tra toàn vẹn SQLite: {}</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/plugin.py" line="286" />
   <source>Drainage lines pointing at missing nodes: {}</source>
   <translation>Tuyến thoát nước trỏ tới nút không tồn tại: {}</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/plugin.py" line="287" />
   <source>Invalid asset codes: {}</source>
   <translation>Mã tài sản không hợp lệ: {}</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/postgis/city_views.py" line="93" />
   <source>The ward in schema {} has no ward code, so it cannot be shown in the city views. Set the ward code in the ward map's settings, then publish it again.</source>
   <translation>Phường trong schema {} chưa có mã phường nên không hiển thị được trong các view của thành phố. Hãy đặt mã phường trong thiết lập của bản đồ phường, rồi xuất bản lại.</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/postgis/city_views.py" line="106" />
   <source>The ward code {} is already published in schema {}. Remove that ward from the city views first, or correct the ward code of schema {}.</source>
   <translation>Mã phường {} đã được xuất bản trong schema {}. Hãy gỡ phường đó khỏi các view của thành phố trước, hoặc sửa mã phường của schema {}.</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/postgis/connection.py" line="252" />
   <source>The shared map's address is not a valid PostgreSQL URI ({}). Write it as postgresql://user@host:port/database?schema=ward_12103.</source>
   <translation>Địa chỉ của bản đồ dùng chung không phải URI PostgreSQL hợp lệ ({}). Hãy viết theo dạng postgresql://user@host:port/database?schema=ward_12103.</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/postgis/connection.py" line="179" />
   <source>The shared map's address contains a password. MyMap does not keep passwords in addresses, which are written into working copies and backups: put the password in pg_service.conf or .pgpass, or in a QGIS authentication configuration and write authcfg=&lt;its id&gt; in the address. Nothing was stored.</source>
   <translation>Địa chỉ của bản đồ dùng chung có chứa mật khẩu. MyMap không giữ mật khẩu trong địa chỉ, vì địa chỉ được ghi vào các bản sao làm việc và bản sao lưu: hãy đặt mật khẩu trong pg_service.conf hoặc .pgpass, hoặc trong một cấu hình xác thực của QGIS rồi ghi authcfg=&lt;mã của nó&gt; vào địa chỉ. Không có gì được lưu.</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/postgis/connection.py" line="131" />
   <source>The shared map's PostgreSQL address is empty. Write it as “service=… schema=…”, “host=… dbname=… schema=…”, or the name of a PostgreSQL connection saved in QGIS.</source>
   <translation>Địa chỉ PostgreSQL của bản đồ dùng chung đang trống. Hãy viết theo dạng “service=… schema=…”, “host=… dbname=… schema=…”, hoặc tên một kết nối PostgreSQL đã lưu trong QGIS.</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/postgis/connection.py" line="284" />
   <source>QGIS's PostgreSQL provider is not available, so QGIS connections cannot be read. Write the address as “service=… schema=…” or “host=… dbname=… schema=…”.</source>
   <translation>Trình cung cấp PostgreSQL của QGIS không có sẵn, nên không đọc được các kết nối QGIS. Hãy viết địa chỉ theo dạng “service=… schema=…” hoặc “host=… dbname=… schema=…”.</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/postgis/connection.py" line="93" />
   <source>the default PostgreSQL server</source>
   <translation>máy chủ PostgreSQL mặc định</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/postgis/connection.py" line="412" />
   <source>Could not connect to the PostgreSQL server of the shared map {} ({}).</source>
   <translation>Không kết nối được máy chủ PostgreSQL của bản đồ dùng chung {} ({}).</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/postgis/connection.py" line="91" />
   <source>QGIS connection “{}”</source>
   <translation>kết nối QGIS “{}”</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/postgis/connection.py" line="158" />
   <source>The shared map's address names the schema {} but {} was asked for. Give the ward's schema once.</source>
   <translation>Địa chỉ của bản đồ dùng chung ghi schema {} nhưng lại yêu cầu {}. Hãy chỉ ghi schema của phường một lần.</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/postgis/connection.py" line="245" />
   <source>the quoted value of “{}” has no closing quote</source>
   <translation>giá trị trong dấu nháy của “{}” thiếu dấu nháy đóng</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/postgis/connection.py" line="268" />
   <source>its server part cannot be read</source>
   <translation>không đọc được phần máy chủ</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/postgis/connection.py" line="312" />
   <source>QGIS has no PostgreSQL connection named “{}” (no PostgreSQL connection is saved in QGIS). Add one in QGIS's Browser, or write the address as “service=… schema=…”.</source>
   <translation>QGIS không có kết nối PostgreSQL nào tên “{}” (QGIS chưa lưu kết nối PostgreSQL nào). Hãy thêm một kết nối trong bảng Duyệt (Browser) của QGIS, hoặc viết địa chỉ theo dạng “service=… schema=…”.</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/postgis/connection.py" line="334" />
   <source>The QGIS authentication configuration “{}” of the shared map could not be read. Check that it exists (Settings ▸ Options ▸ Authentication) and that QGIS's master password was entered.</source>
   <translation>Không đọc được cấu hình xác thực QGIS “{}” của bản đồ dùng chung. Hãy kiểm tra cấu hình này có tồn tại (Thiết lập ▸ Tùy chọn ▸ Xác thực) và mật khẩu chính của QGIS đã được nhập.</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/postgis/connection.py" line="338" />
   <source>The QGIS authentication configuration “{}” is of type {}; for a PostgreSQL shared map MyMap reads user name and password configurations (Basic).</source>
   <translation>Cấu hình xác thực QGIS “{}” thuộc loại {}; với bản đồ dùng chung trên PostgreSQL, MyMap chỉ đọc cấu hình tên người dùng và mật khẩu (Basic).</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/postgis/connection.py" line="391" />
   <source>The PostgreSQL server of the shared map {} refused the user name or password. MyMap reads passwords from pg_service.conf or .pgpass, or from a QGIS authentication configuration (authcfg=…) or QGIS connection: check the password there ({}).</source>
   <translation>Máy chủ PostgreSQL của bản đồ dùng chung {} từ chối tên người dùng hoặc mật khẩu. MyMap đọc mật khẩu từ pg_service.conf hoặc .pgpass, hoặc từ một cấu hình xác thực QGIS (authcfg=…) hay một kết nối QGIS: hãy kiểm tra mật khẩu ở đó ({}).</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/postgis/connection.py" line="396" />
   <source>The database of the shared map {} does not exist on its PostgreSQL server. Check dbname= in the address (or in pg_service.conf).</source>
   <translation>Cơ sở dữ liệu của bản đồ dùng chung {} không tồn tại trên máy chủ PostgreSQL. Hãy kiểm tra dbname= trong địa chỉ (hoặc trong pg_service.conf).</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/postgis/connection.py" line="399" />
   <source>The PostgreSQL server of the shared map {} has no such user. Check user= in the address (or in pg_service.conf, or the QGIS authentication configuration).</source>
   <translation>Máy chủ PostgreSQL của bản đồ dùng chung {} không có người dùng này. Hãy kiểm tra user= trong địa chỉ (hoặc trong pg_service.conf, hoặc trong cấu hình xác thực QGIS).</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/postgis/connection.py" line="403" />
   <source>The PostgreSQL service of the shared map {} is not defined ({}). Check the service's name and the pg_service.conf file (PGSERVICEFILE or ~/.pg_service.conf).</source>
   <translation>Dịch vụ PostgreSQL của bản đồ dùng chung {} chưa được khai báo ({}). Hãy kiểm tra tên dịch vụ và tệp pg_service.conf (PGSERVICEFILE hoặc ~/.pg_service.conf).</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/postgis/connection.py" line="409" />
   <source>The PostgreSQL server of the shared map {} cannot be reached ({}). Check the host and port in the address (or in pg_service.conf), that the server is running and that this computer may connect to it.</source>
   <translation>Không kết nối được máy chủ PostgreSQL của bản đồ dùng chung {} ({}). Hãy kiểm tra tên máy (host) và cổng (port) trong địa chỉ (hoặc trong pg_service.conf), máy chủ có đang chạy và máy tính này có được phép kết nối tới nó hay không.</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/postgis/connection.py" line="164" />
   <source>The shared map's address names the QGIS connection “{}” and other connection settings too. Give either the QGIS connection's name (with schema=…) or the connection settings, not both.</source>
   <translation>Địa chỉ của bản đồ dùng chung vừa ghi kết nối QGIS “{}” vừa ghi các thiết lập kết nối khác. Hãy chỉ ghi tên kết nối QGIS (kèm schema=…) hoặc các thiết lập kết nối, không ghi cả hai.</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/postgis/connection.py" line="172" />
   <source>The shared map's address is not a valid PostgreSQL connection string ({}). Check the spelling of its keys: host, port, dbname, user, service, sslmode…</source>
   <translation>Địa chỉ của bản đồ dùng chung không phải chuỗi kết nối PostgreSQL hợp lệ ({}). Hãy kiểm tra chính tả các khóa: host, port, dbname, user, service, sslmode…</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/postgis/connection.py" line="221" />
   <source>“=” is missing after “{}”</source>
   <translation>thiếu “=” sau “{}”</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/postgis/connection.py" line="305" />
   <source>QGIS's PostgreSQL connections could not be read ({}).</source>
   <translation>Không đọc được các kết nối PostgreSQL của QGIS ({}).</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/postgis/connection.py" line="309" />
   <source>QGIS has no PostgreSQL connection named “{}”. The saved connections are: {}. Use one of these names, or write the address as “service=… schema=…”.</source>
   <translation>QGIS không có kết nối PostgreSQL nào tên “{}”. Các kết nối đã lưu là: {}. Hãy dùng một trong các tên này, hoặc viết địa chỉ theo dạng “service=… schema=…”.</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/postgis/connection.py" line="141" />
   <source>The shared map's address is not a valid PostgreSQL connection string: {}. Write it as key=value pairs separated by spaces, e.g. “service=city schema=ward_12103”, and put values with spaces in single quotes.</source>
   <translation>Địa chỉ của bản đồ dùng chung không phải chuỗi kết nối PostgreSQL hợp lệ: {}. Hãy viết thành các cặp khóa=giá trị cách nhau bằng dấu cách, ví dụ “service=city schema=ward_12103”, và đặt giá trị có dấu cách trong dấu nháy đơn.</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/postgis/export_geopackage.py" line="128" />
   <source>The export reads PostgreSQL in a transaction of its own: finish the connection's transaction (commit or roll back) first.</source>
   <translation>Việc xuất đọc PostgreSQL trong một giao dịch riêng: hãy kết thúc giao dịch của kết nối (xác nhận hoặc hủy bỏ) trước.</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/postgis/export_geopackage.py" line="369" />
   <source>The export was cancelled; no file was written.</source>
   <translation>Đã hủy việc xuất; không có tệp nào được ghi.</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/postgis/export_geopackage.py" line="119" />
   <source>{} already exists. Choose a new file name for the exported ward map; nothing was overwritten.</source>
   <translation>{} đã tồn tại. Hãy chọn tên tệp mới cho bản đồ phường được xuất; không có gì bị ghi đè.</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/postgis/export_geopackage.py" line="189" />
   <source>The table {}.{} lacks the fields {}, so it is not a MyMap ward's table. Nothing was written.</source>
   <translation>Bảng {}.{} thiếu các trường {}, nên không phải là bảng của một phường MyMap. Không có gì được ghi.</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/postgis/export_geopackage.py" line="212" />
   <source>The layers of the ward {} must all use one coordinate reference system with an EPSG code (found: {}).</source>
   <translation>Mọi lớp của phường {} phải dùng cùng một hệ tọa độ có mã EPSG (tìm thấy: {}).</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/postgis/export_geopackage.py" line="221" />
   <source>The database has no schema {}: check the schema's name (e.g. ward_12103).</source>
   <translation>Cơ sở dữ liệu không có schema {}: hãy kiểm tra tên schema (ví dụ ward_12103).</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/postgis/export_geopackage.py" line="227" />
   <source>The schema {} is not a complete MyMap ward: the tables {} are missing. Nothing was written.</source>
   <translation>Schema {} không phải là một phường MyMap đầy đủ: thiếu các bảng {}. Không có gì được ghi.</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/postgis/export_geopackage.py" line="234" />
   <source>The ward's settings give the coordinate reference system {}, but its layers are in EPSG:{}. Nothing was written.</source>
   <translation>Thiết lập của phường ghi hệ tọa độ {}, nhưng các lớp của phường ở EPSG:{}. Không có gì được ghi.</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/postgis/export_geopackage.py" line="100" />
   <source>{} was created by someone else during the export; nothing was overwritten. Choose another file name.</source>
   <translation>{} đã được người khác tạo ra trong lúc xuất; không có gì bị ghi đè. Hãy chọn tên tệp khác.</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/postgis/export_geopackage.py" line="104" />
   <source>The ward {} could not be read from PostgreSQL: {}. No file was written.</source>
   <translation>Không đọc được phường {} từ PostgreSQL: {}. Không có tệp nào được ghi.</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/postgis/export_geopackage.py" line="107" />
   <source>The GeoPackage {} could not be written: {}. No file was written.</source>
   <translation>Không ghi được GeoPackage {}: {}. Không có tệp nào được ghi.</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/postgis/export_geopackage.py" line="197" />
   <source>The field {} of {}.{} has the type {}, which a ward GeoPackage cannot hold: MyMap knows text, whole numbers, decimal numbers, dates, date-times and yes/no fields. Change or remove the field, then export again.</source>
   <translation>Trường {} của {}.{} có kiểu {}, kiểu mà GeoPackage của phường không chứa được: MyMap chỉ nhận các trường văn bản, số nguyên, số thập phân, ngày, ngày giờ và có/không. Hãy đổi hoặc xóa trường đó rồi xuất lại.</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/postgis/export_geopackage.py" line="334" />
   <source>The exported ward map would be in EPSG:{} instead of the ward's EPSG:{}. Nothing was written.</source>
   <translation>Bản đồ phường được xuất sẽ ở EPSG:{} thay vì EPSG:{} của phường. Không có gì được ghi.</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/postgis/gui/open_postgis_ward_dialog.py" line="70" />
   <location filename="../mymap_plugin/postgis/gui/open_postgis_ward_dialog.py" line="169" />
   <source>Open PostGIS ward</source>
   <translation>Mở phường trên PostGIS</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/postgis/gui/open_postgis_ward_dialog.py" line="73" />
   <source>Opens a ward kept in PostgreSQL/PostGIS with its styles, forms and map themes. Choose a PostgreSQL connection saved in QGIS (Browser ▸ PostgreSQL), or leave it empty and write a connection string such as “service=city” or “host=… port=… dbname=… user=…” (never a password).</source>
   <translation>Mở một phường lưu trong PostgreSQL/PostGIS cùng kiểu hiển thị, biểu mẫu và các chủ đề bản đồ của nó. Hãy chọn một kết nối PostgreSQL đã lưu trong QGIS (bảng Duyệt ▸ PostgreSQL), hoặc để trống và viết một chuỗi kết nối như “service=city” hoặc “host=… port=… dbname=… user=…” (không bao giờ ghi mật khẩu).</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/postgis/gui/open_postgis_ward_dialog.py" line="83" />
   <source>service=city, or host=… port=… dbname=… user=…</source>
   <translation>service=city, hoặc host=… port=… dbname=… user=…</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/postgis/gui/open_postgis_ward_dialog.py" line="91" />
   <source>QGIS connection</source>
   <translation>Kết nối QGIS</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/postgis/gui/open_postgis_ward_dialog.py" line="92" />
   <source>Or connection string</source>
   <translation>Hoặc chuỗi kết nối</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/postgis/gui/open_postgis_ward_dialog.py" line="93" />
   <location filename="../mymap_plugin/postgis/processing/publish_to_postgres_algorithm.py" line="68" />
   <source>Ward schema</source>
   <translation>Schema của phường</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/postgis/gui/open_postgis_ward_dialog.py" line="97" />
   <source>Open</source>
   <translation>Mở</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/postgis/gui/open_postgis_ward_dialog.py" line="98" />
   <location filename="../mymap_plugin/ward_map/gui/new_ward_dialog.py" line="84" />
   <source>Cancel</source>
   <translation>Hủy</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/postgis/gui/open_postgis_ward_dialog.py" line="118" />
   <source>Choose a PostgreSQL connection saved in QGIS, or write a connection string.</source>
   <translation>Hãy chọn một kết nối PostgreSQL đã lưu trong QGIS, hoặc viết một chuỗi kết nối.</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/postgis/gui/open_postgis_ward_dialog.py" line="165" />
   <source>Choose the ward's schema, e.g. ward_12103.</source>
   <translation>Hãy chọn schema của phường, ví dụ ward_12103.</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/postgis/gui/open_postgis_ward_dialog.py" line="45" />
   <source>The wards of {} could not be listed: {}</source>
   <translation>Không liệt kê được các phường của {}: {}</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/postgis/gui/open_postgis_ward_dialog.py" line="158" />
   <source>This database holds no MyMap ward that you may read.</source>
   <translation>Cơ sở dữ liệu này không có phường MyMap nào mà bạn được phép đọc.</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/postgis/open_postgis_ward.py" line="86" />
   <source>The schema {} of this PostgreSQL database holds no MyMap ward (no ward settings could be read). Check the address and the schema's name.</source>
   <translation>Schema {} của cơ sở dữ liệu PostgreSQL này không chứa phường MyMap nào (không đọc được thiết lập của phường). Hãy kiểm tra địa chỉ và tên schema.</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/postgis/open_postgis_ward.py" line="89" />
   <source>The ward in the schema {} was made by a newer MyMap (data version {}; this MyMap reads up to version {}). Update the MyMap plugin to open it.</source>
   <translation>Phường trong schema {} được tạo bởi phiên bản MyMap mới hơn (phiên bản dữ liệu {}; MyMap này chỉ đọc được tới phiên bản {}). Hãy cập nhật plugin MyMap để mở phường này.</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/postgis/open_postgis_ward.py" line="105" />
   <location filename="../mymap_plugin/ward_map/open_ward_map.py" line="166" />
   <source>{ward} — shared map</source>
   <translation>{ward} — bản đồ dùng chung</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/postgis/open_postgis_ward.py" line="201" />
   <location filename="../mymap_plugin/postgis/styles.py" line="62" />
   <source>The table {}.{} cannot be opened from PostgreSQL: {}</source>
   <translation>Không mở được bảng {}.{} từ PostgreSQL: {}</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/postgis/processing/export_from_postgres_algorithm.py" line="18" />
   <location filename="../mymap_plugin/postgis/processing/publish_to_postgres_algorithm.py" line="31" />
   <source>PostgreSQL</source>
   <translation>PostgreSQL</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/postgis/processing/export_from_postgres_algorithm.py" line="19" />
   <source>Writes a ward kept in PostgreSQL/PostGIS to a new ward GeoPackage: every layer with its rows (fields added in PostgreSQL included), the forms and styles, the ward's settings and asset-code counters, and the shared history of changes. QGIS, QField and GDAL open the file like any ward map. PostgreSQL is read in one consistent snapshot and is not changed. The file must not exist yet.</source>
   <translation>Ghi một phường lưu trong PostgreSQL/PostGIS ra một GeoPackage bản đồ phường mới: mọi lớp cùng các dòng dữ liệu (kể cả các trường được thêm trong PostgreSQL), biểu mẫu và kiểu hiển thị, thiết lập của phường và bộ đếm mã tài sản, cùng lịch sử thay đổi dùng chung. QGIS, QField và GDAL mở tệp này như mọi bản đồ phường. PostgreSQL được đọc trong một ảnh chụp nhất quán và không bị thay đổi. Tệp đích phải chưa tồn tại.</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/postgis/processing/export_from_postgres_algorithm.py" line="29" />
   <source>Export ward from PostgreSQL to GeoPackage</source>
   <translation>Xuất phường từ PostgreSQL ra GeoPackage</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/postgis/processing/export_from_postgres_algorithm.py" line="33" />
   <location filename="../mymap_plugin/postgis/processing/publish_to_postgres_algorithm.py" line="60" />
   <source>Database (QGIS connection name or connection string)</source>
   <translation>Cơ sở dữ liệu (tên kết nối QGIS hoặc chuỗi kết nối)</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/postgis/processing/export_from_postgres_algorithm.py" line="35" />
   <source>Ward schema (e.g. ward_12103)</source>
   <translation>Schema của phường (ví dụ ward_12103)</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/postgis/processing/export_from_postgres_algorithm.py" line="38" />
   <source>Changes in the shared history</source>
   <translation>Số thay đổi trong lịch sử dùng chung</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/postgis/processing/export_from_postgres_algorithm.py" line="46" />
   <source>Give the ward's schema, e.g. ward_12103.</source>
   <translation>Hãy nhập schema của phường, ví dụ ward_12103.</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/postgis/processing/export_from_postgres_algorithm.py" line="53" />
   <source>The ward {} was written to {}.</source>
   <translation>Đã ghi phường {} vào {}.</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/postgis/processing/publish_to_postgres_algorithm.py" line="32" />
   <source>Publishes a ward GeoPackage to PostgreSQL/PostGIS as the ward's shared map, for a town or province that keeps many wards in one database. The ward gets its own schema (SCHEMA, default ward_&lt;ward code&gt;) with the same tables, rules and indexes, its settings, code counters and shared history, the capture of edits made directly in the database, the styles and forms (in public.layer_styles) and its rows in the city views of mymap_city. One transaction: a failed publish leaves nothing behind. DATABASE is the name of a PostgreSQL connection saved in QGIS or a connection string (“service=city”, “host=… port=… dbname=… user=…”) without a password: keep passwords in pg_service.conf, .pgpass or QGIS's authentication database (authcfg=…). An existing schema is replaced only with OVERWRITE. ROLES also creates the roles mymap_&lt;schema&gt;_editor (edits this ward only) and the city viewers' role (reads mymap_city only). The output SHARED is the address to give “Check out a working copy” and “Sync working copy”; a shared GeoPackage is marked as moved there.</source>
   <translation>Xuất bản một GeoPackage của phường lên PostgreSQL/PostGIS làm bản đồ dùng chung của phường, cho thị xã hoặc tỉnh giữ nhiều phường trong một cơ sở dữ liệu. Phường có schema riêng (SCHEMA, mặc định ward_&lt;mã phường&gt;) với cùng các bảng, quy tắc và chỉ mục, các thiết lập, bộ đếm mã và lịch sử dùng chung, việc ghi nhận chỉnh sửa làm trực tiếp trong cơ sở dữ liệu, kiểu hiển thị và biểu mẫu (trong public.layer_styles) và các hàng của nó trong các view của thành phố trong mymap_city. Một giao dịch duy nhất: xuất bản thất bại không để lại gì. DATABASE là tên một kết nối PostgreSQL đã lưu trong QGIS hoặc một chuỗi kết nối (“service=city”, “host=… port=… dbname=… user=…”) không có mật khẩu: hãy giữ mật khẩu trong pg_service.conf, .pgpass hoặc cơ sở dữ liệu xác thực của QGIS (authcfg=…). Schema đã có chỉ bị thay thế khi chọn OVERWRITE. ROLES tạo thêm các vai trò mymap_&lt;schema&gt;_editor (chỉ chỉnh sửa phường này) và vai trò người xem của thành phố (chỉ đọc mymap_city). Kết quả SHARED là địa chỉ cần đưa cho “Lấy bản sao làm việc” và “Đồng bộ bản sao làm việc”; GeoPackage dùng chung được đánh dấu là đã chuyển đến đó.</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/postgis/processing/publish_to_postgres_algorithm.py" line="50" />
   <source>Publish ward map to PostgreSQL</source>
   <translation>Xuất bản bản đồ phường lên PostgreSQL</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/postgis/processing/publish_to_postgres_algorithm.py" line="57" />
   <source>Ward map or shared ward map (GeoPackage)</source>
   <translation>Bản đồ phường hoặc bản đồ phường dùng chung (GeoPackage)</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/postgis/processing/publish_to_postgres_algorithm.py" line="62" />
   <source>Ward schema (default: ward_&lt;ward code&gt;)</source>
   <translation>Schema của phường (mặc định: ward_&lt;mã phường&gt;)</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/postgis/processing/publish_to_postgres_algorithm.py" line="64" />
   <source>Overwrite an existing schema (everything in it is deleted)</source>
   <translation>Ghi đè schema đã có (mọi thứ trong đó sẽ bị xóa)</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/postgis/processing/publish_to_postgres_algorithm.py" line="66" />
   <source>Create the editor and city-viewer roles</source>
   <translation>Tạo các vai trò người chỉnh sửa và người xem của thành phố</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/postgis/processing/publish_to_postgres_algorithm.py" line="67" />
   <source>Shared map address (for checkout and sync)</source>
   <translation>Địa chỉ bản đồ dùng chung (để lấy bản sao và đồng bộ)</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/postgis/processing/publish_to_postgres_algorithm.py" line="69" />
   <source>Rows of the ward's layers published</source>
   <translation>Số hàng của các lớp của phường đã xuất bản</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/postgis/processing/publish_to_postgres_algorithm.py" line="80" />
   <source>{} rows published to the schema {}.</source>
   <translation>Đã xuất bản {} hàng vào schema {}.</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/postgis/processing/publish_to_postgres_algorithm.py" line="86" />
   <source>Shared map address: {}</source>
   <translation>Địa chỉ bản đồ dùng chung: {}</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/postgis/processing/publish_to_postgres_algorithm.py" line="82" />
   <source>Shared history copied: {} changes; the working copies of the shared GeoPackage go on syncing with the new address.</source>
   <translation>Đã sao chép lịch sử dùng chung: {} thay đổi; các bản sao làm việc của GeoPackage dùng chung tiếp tục đồng bộ với địa chỉ mới.</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/postgis/processing/publish_to_postgres_algorithm.py" line="85" />
   <source>Editors of this ward: grant them the role {}.</source>
   <translation>Người chỉnh sửa phường này: hãy cấp cho họ vai trò {}.</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/postgis/publish.py" line="271" />
   <source>Published.</source>
   <translation>Đã xuất bản.</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/postgis/publish.py" line="258" />
   <source>Saving the styles and forms in the database…</source>
   <translation>Đang lưu kiểu hiển thị và biểu mẫu vào cơ sở dữ liệu…</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/postgis/publish.py" line="39" />
   <source>The layers of this ward map must all use one EPSG coordinate reference system (found: {}). Fix the map with Validate, then publish it again.</source>
   <translation>Các lớp của bản đồ phường này phải dùng chung một hệ tọa độ EPSG (hiện có: {}). Hãy sửa bản đồ bằng Kiểm tra bản đồ phường, rồi xuất bản lại.</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/postgis/publish.py" line="44" />
   <source>The ward map's coordinate reference system is stored under id {} instead of its EPSG code {}. Fix the map with Validate, then publish it again.</source>
   <translation>Hệ tọa độ của bản đồ phường được lưu dưới mã {} thay vì mã EPSG {}. Hãy sửa bản đồ bằng Kiểm tra bản đồ phường, rồi xuất bản lại.</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/postgis/publish.py" line="236" />
   <source>(publishing to PostgreSQL)</source>
   <translation>(đang xuất bản lên PostgreSQL)</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/postgis/publish.py" line="238" />
   <source>Taking in direct edits of the shared GeoPackage…</source>
   <translation>Đang nhận các chỉnh sửa trực tiếp trong GeoPackage dùng chung…</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/postgis/publish.py" line="243" />
   <source>Copying the ward's tables to PostgreSQL…</source>
   <translation>Đang sao chép các bảng của phường sang PostgreSQL…</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/postgis/publish.py" line="175" />
   <source>The ward's roles could not be made ({}), so nothing was published. Publish as a role allowed to create roles (CREATEROLE), or without ROLES and then run the role script of the README.</source>
   <translation>Không tạo được các vai trò của phường ({}), nên không có gì được xuất bản. Hãy xuất bản bằng một vai trò được phép tạo vai trò (CREATEROLE), hoặc không chọn ROLES rồi chạy đoạn lệnh tạo vai trò trong README.</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/postgis/publish.py" line="224" />
   <source>{} is a working copy. Publish the shared map (or the ward map) instead; a working copy's edits reach PostgreSQL by syncing.</source>
   <translation>{} là bản sao làm việc. Hãy xuất bản bản đồ dùng chung (hoặc bản đồ phường); chỉnh sửa của bản sao làm việc đến PostgreSQL bằng cách đồng bộ.</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/postgis/publish.py" line="227" />
   <source>{} was already published to PostgreSQL ({}). Publish from there, or choose another ward map.</source>
   <translation>{} đã được xuất bản lên PostgreSQL ({}). Hãy làm việc từ đó, hoặc chọn bản đồ phường khác.</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/postgis/roles.py" line="58" />
   <source>The schema name {} is too long for its editors' role {} (PostgreSQL allows 63 characters). Publish the ward into a schema with a shorter name.</source>
   <translation>Tên schema {} quá dài cho vai trò người biên tập {} của nó (PostgreSQL cho phép tối đa 63 ký tự). Hãy xuất bản phường vào một schema có tên ngắn hơn.</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/postgis/roles.py" line="158" />
   <source>The database has no role {}. Create the login first (CREATE ROLE … LOGIN).</source>
   <translation>Cơ sở dữ liệu không có vai trò {}. Hãy tạo tài khoản đăng nhập trước (CREATE ROLE … LOGIN).</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/postgis/roles.py" line="165" />
   <source>The database has no role {}. Set up MyMap's roles first.</source>
   <translation>Cơ sở dữ liệu không có vai trò {}. Hãy thiết lập các vai trò của MyMap trước.</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/postgis/roles.py" line="172" />
   <source>{} is a superuser: it could switch off the capture of edits. Give editors an ordinary login role.</source>
   <translation>{} là siêu người dùng (superuser): vai trò này có thể tắt việc ghi nhận chỉnh sửa. Hãy cấp cho người biên tập một tài khoản đăng nhập thông thường.</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/postgis/roles.py" line="135" />
   <source>The database has no ward schema {}. Publish the ward first, then set up its roles.</source>
   <translation>Cơ sở dữ liệu không có schema phường {}. Hãy xuất bản phường trước, rồi thiết lập các vai trò của nó.</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/postgis/shared_map.py" line="147" />
   <source>The shared map {} could not be read or written ({}). Nothing was changed and your edits are kept in your working copy.</source>
   <translation>Không đọc hoặc ghi được bản đồ dùng chung {} ({}). Không có gì bị thay đổi và các chỉnh sửa của bạn vẫn được giữ trong bản sao làm việc.</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/postgis/shared_map.py" line="89" />
   <source>The PostgreSQL address {} names no ward: add schema=&lt;the ward's schema&gt;, e.g. “service=city schema=ward_12103”.</source>
   <translation>Địa chỉ PostgreSQL {} không nêu phường nào: hãy thêm schema=&lt;schema của phường&gt;, ví dụ “service=city schema=ward_12103”.</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/postgis/shared_map.py" line="120" />
   <location filename="../mymap_plugin/postgis/shared_map.py" line="162" />
   <source>The database of {} has no ward schema {}. Check schema= in the address, or publish the ward there first (MyMap ▸ Publish to PostgreSQL).</source>
   <translation>Cơ sở dữ liệu của {} không có schema phường {}. Hãy kiểm tra schema= trong địa chỉ, hoặc xuất bản phường lên đó trước (MyMap ▸ Xuất bản lên PostgreSQL…).</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/postgis/shared_map.py" line="140" />
   <source>The connection to the shared map {} was lost ({}). Your edits are kept in your working copy; sync again when the server can be reached.</source>
   <translation>Mất kết nối tới bản đồ dùng chung {} ({}). Các chỉnh sửa của bạn vẫn được giữ trong bản sao làm việc; hãy đồng bộ lại khi kết nối được máy chủ.</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/postgis/shared_map.py" line="144" />
   <source>Your PostgreSQL user may not write the shared map {} ({}). Nothing was changed and your edits are kept; ask your GIS officer to make you an editor of this ward.</source>
   <translation>Người dùng PostgreSQL của bạn không có quyền ghi bản đồ dùng chung {} ({}). Không có gì bị thay đổi và các chỉnh sửa của bạn vẫn được giữ; hãy nhờ cán bộ GIS cấp quyền biên tập phường này cho bạn.</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/postgis/shared_map.py" line="261" />
   <source>The fields of your working copy and of the shared map {} differ ({}). Nothing was synced and your edits are kept. Fields added to a ward in PostgreSQL reach working copies made after the change: make a new working copy (MyMap ▸ Check out) after sending your edits with a copy that has the same fields, or ask your GIS officer.</source>
   <translation>Các trường của bản sao làm việc và của bản đồ dùng chung {} khác nhau ({}). Chưa đồng bộ gì và các chỉnh sửa của bạn vẫn được giữ. Các trường thêm vào phường trong PostgreSQL chỉ có trong các bản sao làm việc tạo sau thay đổi đó: hãy tạo bản sao làm việc mới (MyMap ▸ Check out) sau khi đã gửi chỉnh sửa bằng một bản sao có cùng các trường, hoặc hỏi cán bộ GIS.</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/postgis/shared_map.py" line="288" />
   <source>{} is a working copy, not a shared map.</source>
   <translation>{} là bản sao làm việc, không phải bản đồ dùng chung.</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/postgis/styles.py" line="44" />
   <source>The PostgreSQL address holds a password, which would be stored in the ward's styles and projects. Keep the password in pg_service.conf, .pgpass or QGIS's authentication database (authcfg=…) instead.</source>
   <translation>Địa chỉ PostgreSQL có chứa mật khẩu, mật khẩu đó sẽ bị lưu vào kiểu hiển thị và dự án của phường. Hãy để mật khẩu trong pg_service.conf, .pgpass hoặc cơ sở dữ liệu xác thực của QGIS (authcfg=…).</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/postgis/styles.py" line="87" />
   <source>The stored style of layer {} is not a readable QGIS style.</source>
   <translation>Kiểu hiển thị đã lưu của lớp {} không phải là kiểu hiển thị QGIS đọc được.</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/postgis/styles.py" line="90" />
   <source>The stored style of layer {} could not be applied: {}</source>
   <translation>Không áp dụng được kiểu hiển thị đã lưu của lớp {}: {}</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/postgis/styles.py" line="152" />
   <source>The style of layer {} could not be saved in PostgreSQL: {}</source>
   <translation>Không thể lưu kiểu hiển thị của lớp {} vào PostgreSQL: {}</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/postgis/styles.py" line="121" />
   <source>The previous style of layer {} could not be replaced: {}</source>
   <translation>Không thay thế được kiểu hiển thị trước đó của lớp {}: {}</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/postgis/ward_lock.py" line="97" />
   <location filename="../mymap_plugin/sync/share_lock.py" line="315" />
   <source>The shared map is busy: {editor} on {computer} has been syncing since {since} ({ago} ago). Try again in a minute; your edits are safe in your working copy.</source>
   <translation>Bản đồ dùng chung đang bận: {editor} trên máy {computer} đang đồng bộ từ {since} ({ago} trước). Hãy thử lại sau một phút; các chỉnh sửa của bạn vẫn an toàn trong bản sao làm việc.</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/postgis/ward_lock.py" line="49" />
   <source>The database has no ward schema {}. Check the shared map's address (schema=…).</source>
   <translation>Cơ sở dữ liệu không có schema phường {}. Hãy kiểm tra địa chỉ của bản đồ dùng chung (schema=…).</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/postgis/ward_lock.py" line="140" />
   <location filename="../mymap_plugin/sync/journal_mode.py" line="242" />
   <source>The shared map {} is being written by another program (QGIS saving edits, or an edit session that keeps a transaction open) and was still locked after {} seconds. Ask whoever edits the shared map directly to save or cancel their edits, then try again. The shared map was not changed.</source>
   <translation>Bản đồ dùng chung {} đang được một chương trình khác ghi (QGIS đang lưu chỉnh sửa, hoặc một phiên chỉnh sửa giữ giao dịch mở) và vẫn bị khóa sau {} giây. Hãy nhờ người đang chỉnh sửa trực tiếp bản đồ dùng chung lưu hoặc hủy chỉnh sửa, rồi thử lại. Bản đồ dùng chung không bị thay đổi.</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/postgis/ward_schema.py" line="88" />
   <source>A field of type {} cannot be published to PostgreSQL: MyMap knows text, whole numbers, decimal numbers, dates, date-times and yes/no fields.</source>
   <translation>Không thể xuất bản trường kiểu {} lên PostgreSQL: MyMap chỉ nhận các trường văn bản, số nguyên, số thập phân, ngày, ngày giờ và có/không.</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/postgis/ward_schema.py" line="76" />
   <source>“{}” cannot be the name of a ward's schema: use lower-case letters, digits and underscores (at most 63, not starting with a digit or pg_), e.g. ward_12103.</source>
   <translation>“{}” không dùng được làm tên schema của phường: hãy dùng chữ thường, chữ số và dấu gạch dưới (tối đa 63 ký tự, không bắt đầu bằng chữ số hoặc pg_), ví dụ ward_12103.</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/postgis/ward_schema.py" line="230" />
   <source>The schema {} already exists in this database. Choose another schema, or overwrite it (everything in it is deleted).</source>
   <translation>Schema {} đã có trong cơ sở dữ liệu này. Hãy chọn schema khác, hoặc ghi đè lên nó (mọi thứ trong đó sẽ bị xóa).</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/processing_base.py" line="99" />
   <source>{} - working copy</source>
   <translation>{} - bản sao làm việc</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/processing_base.py" line="30" />
   <source>Options by name: {}</source>
   <translation>Chọn theo tên: {}</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/processing_provider.py" line="42" />
   <source>MyMap — ward digital map</source>
   <translation>MyMap — bản đồ số phường</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/qr_labels/asset_links.py" line="41" />
   <source>An asset has no asset code yet: run “Validate ward map” first.</source>
   <translation>Có tài sản chưa có mã tài sản: hãy chạy “Kiểm tra bản đồ phường” trước.</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/qr_labels/asset_links.py" line="43" />
   <source>The asset code '{}' is not a valid code of this layer, so no tag or record page is made for it: check that asset (it may have been altered), empty its code with the field calculator and run “Validate ward map” to give it a new one.</source>
   <translation>Mã tài sản '{}' không phải là mã hợp lệ của lớp này nên không tạo tem hay trang hồ sơ cho nó: hãy kiểm tra tài sản đó (có thể đã bị sửa đổi), xóa trống mã của nó bằng Máy tính trường (Field Calculator) rồi chạy “Kiểm tra bản đồ phường” để cấp mã mới.</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/qr_labels/asset_links.py" line="55" />
   <source>The identifier (uuid) of asset {} cannot go into a link: only letters, digits and hyphens can. Remove {{uuid}} from the QR link template, or correct the identifier.</source>
   <translation>Mã định danh (uuid) của tài sản {} không thể đưa vào liên kết: chỉ được chứa chữ cái, chữ số và dấu gạch ngang. Hãy bỏ {{uuid}} khỏi mẫu liên kết QR, hoặc sửa lại mã định danh.</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/qr_labels/expression_functions.py" line="21" />
   <source>&lt;h3&gt;mymap_qr_svg(text[, error_correction])&lt;/h3&gt;Returns a QR code of &lt;i&gt;text&lt;/i&gt; as SVG (base64: form) for a layout picture item's data-defined source. Error correction is L, M, Q (default) or H.</source>
   <translation>&lt;h3&gt;mymap_qr_svg(text[, error_correction])&lt;/h3&gt;Trả về mã QR của &lt;i&gt;text&lt;/i&gt; dưới dạng SVG (dạng base64:) để dùng làm nguồn ảnh theo dữ liệu (data-defined) của mục hình ảnh trong bố cục in. Mức sửa lỗi là L, M, Q (mặc định) hoặc H.</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/qr_labels/expression_functions.py" line="45" />
   <source>&lt;h3&gt;mymap_asset_url([code])&lt;/h3&gt;Returns the link a QR tag of the current asset holds, from its ward map's QR link template (or the link for &lt;i&gt;code&lt;/i&gt;).</source>
   <translation>&lt;h3&gt;mymap_asset_url([code])&lt;/h3&gt;Trả về liên kết chứa trong tem QR của tài sản hiện tại, lấy theo mẫu liên kết QR của bản đồ phường (hoặc liên kết ứng với &lt;i&gt;code&lt;/i&gt;).</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/qr_labels/expression_functions.py" line="31" />
   <source>Error correction must be L, M, Q or H.</source>
   <translation>Mức sửa lỗi phải là L, M, Q hoặc H.</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/qr_labels/expression_functions.py" line="76" />
   <source>mymap_asset_url() works on layers of a MyMap ward map.</source>
   <translation>mymap_asset_url() chỉ hoạt động trên các lớp của bản đồ phường MyMap.</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/qr_labels/gui/asset_locator.py" line="28" />
   <source>MyMap assets (code or QR link)</source>
   <translation>Tài sản MyMap (mã hoặc liên kết QR)</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/qr_labels/gui/label_dialog.py" line="42" />
   <source>Page width (mm)</source>
   <translation>Chiều rộng trang (mm)</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/qr_labels/gui/label_dialog.py" line="42" />
   <source>Page height (mm)</source>
   <translation>Chiều cao trang (mm)</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/qr_labels/gui/label_dialog.py" line="43" />
   <source>Columns</source>
   <translation>Số cột</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/qr_labels/gui/label_dialog.py" line="43" />
   <source>Rows</source>
   <translation>Số hàng</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/qr_labels/gui/label_dialog.py" line="44" />
   <source>Label width (mm)</source>
   <translation>Chiều rộng nhãn (mm)</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/qr_labels/gui/label_dialog.py" line="44" />
   <source>Label height (mm)</source>
   <translation>Chiều cao nhãn (mm)</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/qr_labels/gui/label_dialog.py" line="45" />
   <source>Left margin (mm)</source>
   <translation>Lề trái (mm)</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/qr_labels/gui/label_dialog.py" line="45" />
   <source>Top margin (mm)</source>
   <translation>Lề trên (mm)</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/qr_labels/gui/label_dialog.py" line="46" />
   <source>Gap between columns (mm)</source>
   <translation>Khoảng cách giữa các cột (mm)</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/qr_labels/gui/label_dialog.py" line="46" />
   <source>Gap between rows (mm)</source>
   <translation>Khoảng cách giữa các hàng (mm)</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/qr_labels/gui/label_dialog.py" line="67" />
   <location filename="../mymap_plugin/qr_labels/gui/label_dialog.py" line="264" />
   <location filename="../mymap_plugin/qr_labels/gui/label_dialog.py" line="279" />
   <source>Print QR labels</source>
   <translation>In tem QR</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/qr_labels/gui/label_dialog.py" line="77" />
   <location filename="../mymap_plugin/qr_labels/processing/asset_parameters.py" line="15" />
   <source>Selected assets only</source>
   <translation>Chỉ các tài sản đã chọn</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/qr_labels/gui/label_dialog.py" line="78" />
   <location filename="../mymap_plugin/qr_labels/processing/asset_parameters.py" line="18" />
   <source>Only assets whose tag is not yet attached</source>
   <translation>Chỉ các tài sản chưa gắn tem</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/qr_labels/gui/label_dialog.py" line="91" />
   <location filename="../mymap_plugin/qr_labels/processing/asset_parameters.py" line="14" />
   <source>Asset layer</source>
   <translation>Lớp tài sản</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/qr_labels/gui/label_dialog.py" line="94" />
   <location filename="../mymap_plugin/qr_labels/processing/generate_labels_algorithm.py" line="68" />
   <source>Label sheet</source>
   <translation>Tờ nhãn</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/qr_labels/gui/label_dialog.py" line="95" />
   <location filename="../mymap_plugin/qr_labels/processing/generate_labels_algorithm.py" line="71" />
   <source>First free slot on the first sheet</source>
   <translation>Ô nhãn trống đầu tiên trên tờ đầu tiên</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/qr_labels/gui/label_dialog.py" line="96" />
   <location filename="../mymap_plugin/qr_labels/processing/asset_parameters.py" line="21" />
   <source>The QR holds</source>
   <translation>Mã QR chứa</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/qr_labels/gui/label_dialog.py" line="97" />
   <location filename="../mymap_plugin/qr_labels/processing/generate_labels_algorithm.py" line="73" />
   <source>Printer offset X (mm, + moves right)</source>
   <translation>Độ lệch máy in X (mm, + dịch sang phải)</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/qr_labels/gui/label_dialog.py" line="98" />
   <location filename="../mymap_plugin/qr_labels/processing/generate_labels_algorithm.py" line="74" />
   <source>Printer offset Y (mm, + moves down)</source>
   <translation>Độ lệch máy in Y (mm, + dịch xuống dưới)</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/qr_labels/gui/label_dialog.py" line="100" />
   <location filename="../mymap_plugin/qr_labels/gui/label_dialog.py" line="82" />
   <location filename="../mymap_plugin/qr_labels/label_templates.py" line="116" />
   <source>Custom grid</source>
   <translation>Lưới tùy chỉnh</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/qr_labels/gui/label_dialog.py" line="115" />
   <source>Print the asset code only</source>
   <translation>Chỉ in mã tài sản</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/qr_labels/gui/label_dialog.py" line="120" />
   <source>Calibration page…</source>
   <translation>Trang căn chỉnh…</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/qr_labels/gui/label_dialog.py" line="121" />
   <source>Save PDF…</source>
   <translation>Lưu PDF…</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/qr_labels/gui/label_dialog.py" line="123" />
   <source>Mark printed tags as attached</source>
   <translation>Đánh dấu các tem đã in là đã gắn</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/qr_labels/gui/label_dialog.py" line="125" />
   <source>Close</source>
   <translation>Đóng</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/qr_labels/gui/label_dialog.py" line="257" />
   <source>Save the calibration page</source>
   <translation>Lưu trang căn chỉnh</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/qr_labels/gui/label_dialog.py" line="258" />
   <location filename="../mymap_plugin/qr_labels/gui/label_dialog.py" line="271" />
   <location filename="../mymap_plugin/qr_labels/processing/generate_labels_algorithm.py" line="90" />
   <source>PDF files (*.pdf)</source>
   <translation>Tệp PDF (*.pdf)</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/qr_labels/gui/label_dialog.py" line="88" />
   <location filename="../mymap_plugin/qr_labels/processing/asset_parameters.py" line="21" />
   <source>The asset's link</source>
   <translation>Liên kết của tài sản</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/qr_labels/gui/label_dialog.py" line="88" />
   <location filename="../mymap_plugin/qr_labels/processing/asset_parameters.py" line="21" />
   <source>The asset code only</source>
   <translation>Chỉ mã tài sản</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/qr_labels/gui/label_dialog.py" line="176" />
   <source>Open a ward map first: there is no asset layer in the project.</source>
   <translation>Hãy mở bản đồ phường trước: dự án chưa có lớp tài sản nào.</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/qr_labels/gui/label_dialog.py" line="205" />
   <source>Sheet chosen for {}: {}, the sheet made for this kind of asset; its QR code (version {}) has modules of at least {:.1f} mm.</source>
   <translation>Tờ nhãn được chọn cho {}: {}, loại tờ dành cho loại tài sản này; mã QR (phiên bản {}) có ô mã ít nhất {:.1f} mm.</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/qr_labels/gui/label_dialog.py" line="208" />
   <source>Sheet chosen for {}: {}, the first sheet on which the QR code (version {}) has modules of at least {:.1f} mm.</source>
   <translation>Tờ nhãn được chọn cho {}: {}, tờ đầu tiên mà mã QR (phiên bản {}) có ô mã ít nhất {:.1f} mm.</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/qr_labels/gui/label_dialog.py" line="270" />
   <source>Save the label sheets</source>
   <translation>Lưu các tờ nhãn</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/qr_labels/gui/label_dialog.py" line="291" />
   <location filename="../mymap_plugin/qr_labels/label_sheet.py" line="402" />
   <source>Printing the labels was cancelled; no PDF was written.</source>
   <translation>Đã hủy in nhãn; không có tệp PDF nào được ghi.</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/qr_labels/gui/label_dialog.py" line="305" />
   <source>The printed layer is no longer in the project.</source>
   <translation>Lớp vừa in không còn trong dự án.</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/qr_labels/gui/label_dialog.py" line="245" />
   <source>{} labels per sheet.</source>
   <translation>{} nhãn mỗi tờ.</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/qr_labels/gui/label_dialog.py" line="246" />
   <source>{} labels on {} sheets. The preview shows the first sheet.</source>
   <translation>{} nhãn trên {} tờ. Bản xem trước hiển thị tờ đầu tiên.</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/qr_labels/gui/label_dialog.py" line="266" />
   <source>Calibration page saved: {}. Print it at 100 %.</source>
   <translation>Đã lưu trang căn chỉnh: {}. Hãy in ở tỷ lệ 100 %.</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/qr_labels/gui/label_dialog.py" line="286" />
   <source>Writing {}…</source>
   <translation>Đang ghi {}…</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/qr_labels/gui/label_dialog.py" line="299" />
   <source>{} labels saved to {}. Print at 100 % (actual size). When the tags are on, mark them as attached.</source>
   <translation>Đã lưu {} nhãn vào {}. Hãy in ở tỷ lệ 100 % (kích thước thật). Khi đã gắn tem, hãy đánh dấu là đã gắn.</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/qr_labels/gui/label_dialog.py" line="313" />
   <location filename="../mymap_plugin/qr_labels/processing/mark_tags_algorithm.py" line="42" />
   <source>QR tag status set for {} assets.</source>
   <translation>Đã đặt trạng thái tem QR cho {} tài sản.</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/qr_labels/gui/label_dialog.py" line="230" />
   <source>The sheet stays as you chose it: choose a larger sheet, or print the asset code only (a code fits a smaller QR).</source>
   <translation>Tờ nhãn vẫn giữ như bạn đã chọn: hãy chọn tờ lớn hơn, hoặc chỉ in mã tài sản (mã ngắn cho QR nhỏ hơn).</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/qr_labels/label_content.py" line="88" />
   <source>Choose an asset layer of a ward map (housing, trees, drainage lines, drainage nodes or sensors).</source>
   <translation>Hãy chọn một lớp tài sản của bản đồ phường (nhà ở, cây xanh, tuyến thoát nước, nút thoát nước hoặc cảm biến).</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/qr_labels/label_content.py" line="92" />
   <source>The layer {} has no QR tags: choose housing, trees, drainage lines, drainage nodes or sensors.</source>
   <translation>Lớp {} không có tem QR: hãy chọn nhà ở, cây xanh, tuyến thoát nước, nút thoát nước hoặc cảm biến.</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/qr_labels/label_content.py" line="134" />
   <source>{} assets in {} have no asset code yet: run “Validate ward map” first, then print their tags.</source>
   <translation>Có {} tài sản trong {} chưa có mã tài sản: hãy chạy “Kiểm tra bản đồ phường” trước, sau đó mới in tem.</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/qr_labels/label_content.py" line="137" />
   <source>{} assets in {} have an invalid asset code, e.g. '{}', and would get a tag that leads to another asset: check them (they may have been altered), empty their codes with the field calculator and run “Validate ward map” to give them new ones, then print their tags.</source>
   <translation>Có {} tài sản trong {} mang mã tài sản không hợp lệ, ví dụ '{}', và sẽ nhận tem dẫn tới một tài sản khác: hãy kiểm tra chúng (có thể đã bị sửa đổi), xóa trống mã bằng Máy tính trường (Field Calculator) rồi chạy “Kiểm tra bản đồ phường” để cấp mã mới, sau đó mới in tem.</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/qr_labels/label_content.py" line="142" />
   <source>There is no asset to label in {} (check the selection and the “not yet attached” filter).</source>
   <translation>Không có tài sản nào cần in nhãn trong {} (hãy kiểm tra vùng chọn và bộ lọc “chưa gắn tem”).</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/qr_labels/label_content.py" line="145" />
   <source>Hotline {}</source>
   <translation>☎ {}</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/qr_labels/label_content.py" line="107" />
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
   <location filename="../mymap_plugin/qr_labels/label_sheet.py" line="323" />
   <location filename="../mymap_plugin/qr_labels/processing/export_tag_images_algorithm.py" line="17" />
   <location filename="../mymap_plugin/qr_labels/processing/generate_labels_algorithm.py" line="51" />
   <source>QR tags</source>
   <translation>Tem QR</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/qr_labels/label_sheet.py" line="501" />
   <source>Calibration for {}: print at 100 % (actual size), never “fit to page”. Each ruler is {:.0f} mm long. Lay this page on a label sheet against the light: the outlines must match the labels. If they are shifted, set the printer offsets X/Y (mm) and print this page again. Offsets now: X {:+.1f} mm, Y {:+.1f} mm.</source>
   <translation>Căn chỉnh cho {}: in ở tỷ lệ 100 % (kích thước thực), tuyệt đối không chọn “Vừa với trang”. Mỗi thước đo dài {:.0f} mm. Đặt trang này chồng lên một tờ nhãn rồi soi trước nguồn sáng: các đường viền phải trùng khớp với các nhãn. Nếu bị lệch, hãy đặt độ lệch máy in X/Y (mm) rồi in lại trang này. Độ lệch hiện tại: X {:+.1f} mm, Y {:+.1f} mm.</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/qr_labels/label_sheet.py" line="229" />
   <source>The label template {} is too small for these tags: the QR code (version {}, error correction {}) would have {:.2f} mm modules, and tags on this kind of asset need at least {:.1f} mm. Use a larger template ({}), or put only the asset code in the QR.</source>
   <translation>Mẫu nhãn {} quá nhỏ cho các tem này: mã QR (phiên bản {}, mức sửa lỗi {}) sẽ có mô-đun {:.2f} mm, trong khi tem cho loại tài sản này cần mô-đun tối thiểu {:.1f} mm. Hãy dùng mẫu lớn hơn ({}), hoặc chỉ đưa mã tài sản vào QR.</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/qr_labels/label_sheet.py" line="235" />
   <location filename="../mymap_plugin/qr_labels/label_sheet.py" line="242" />
   <source>a custom grid</source>
   <translation>lưới tùy chỉnh</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/qr_labels/label_sheet.py" line="237" />
   <source>The label template {} is too small for these tags: beside or below the QR code (version {}), its {:g} × {:g} mm labels leave no room for the asset code in type of {:g} pt or larger, {:g} mm from the label's edge. Use a larger template ({}).</source>
   <translation>Mẫu nhãn {} quá nhỏ cho các tem này: bên cạnh hoặc bên dưới mã QR (phiên bản {}), nhãn {:g} × {:g} mm không còn chỗ để in mã tài sản với cỡ chữ từ {:g} pt trở lên, cách mép nhãn {:g} mm. Hãy dùng mẫu lớn hơn ({}).</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/qr_labels/label_sheet.py" line="338" />
   <source>Choose an output file ending in {}.</source>
   <translation>Hãy chọn tệp đầu ra có đuôi {}.</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/qr_labels/label_sheet.py" line="341" />
   <location filename="../mymap_plugin/ward_map/create_ward_map.py" line="48" />
   <source>The folder {} does not exist. Create it first or choose another folder.</source>
   <translation>Thư mục {} không tồn tại. Hãy tạo thư mục trước hoặc chọn thư mục khác.</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/qr_labels/label_sheet.py" line="344" />
   <location filename="../mymap_plugin/qr_labels/label_sheet.py" line="442" />
   <location filename="../mymap_plugin/qr_labels/publish_records.py" line="345" />
   <source>{} cannot be written: choose a folder you may write in.</source>
   <translation>Không thể ghi {}: hãy chọn thư mục mà bạn có quyền ghi.</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/qr_labels/label_sheet.py" line="358" />
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
   <location filename="../mymap_plugin/qr_labels/label_templates.py" line="90" />
   <source>Weatherproof tags for trees, poles and drains, A4, 2 × 4 tags of 99.1 × 67.7 mm</source>
   <translation>Thẻ chịu thời tiết cho cây xanh, cột và tuyến thoát nước, A4, 2 × 4 thẻ 99,1 × 67,7 mm</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/qr_labels/label_templates.py" line="56" />
   <source>The label grid needs at least one row and one column of labels with a positive size.</source>
   <translation>Lưới nhãn cần có ít nhất một hàng và một cột nhãn, với kích thước nhãn lớn hơn 0.</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/qr_labels/label_templates.py" line="59" />
   <source>The page size must be positive.</source>
   <translation>Kích thước trang phải lớn hơn 0.</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/qr_labels/label_templates.py" line="63" />
   <source>Margins and gaps cannot be negative.</source>
   <translation>Lề và khoảng cách giữa các nhãn không được âm.</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/qr_labels/label_templates.py" line="72" />
   <source>A4, 3 × 7 labels of 63.5 × 38.1 mm (L7160)</source>
   <translation>A4, 3 × 7 nhãn cỡ 63,5 × 38,1 mm (L7160)</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/qr_labels/label_templates.py" line="74" />
   <source>A4, 2 × 7 labels of 99.1 × 38.1 mm (L7163)</source>
   <translation>A4, 2 × 7 nhãn cỡ 99,1 × 38,1 mm (L7163)</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/qr_labels/label_templates.py" line="76" />
   <source>A4, 5 × 13 labels of 38.1 × 21.2 mm (L7651)</source>
   <translation>A4, 5 × 13 nhãn cỡ 38,1 × 21,2 mm (L7651)</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/qr_labels/label_templates.py" line="78" />
   <source>A4, 3 × 8 labels of 63.5 × 33.9 mm (L7159)</source>
   <translation>A4, 3 × 8 nhãn cỡ 63,5 × 33,9 mm (L7159)</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/qr_labels/label_templates.py" line="80" />
   <source>Label roll, one 50 × 30 mm label per page</source>
   <translation>Cuộn nhãn, mỗi trang một nhãn 50 × 30 mm</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/qr_labels/label_templates.py" line="82" />
   <source>Plates for manholes and poles, A4, 2 plates of 190 × 135 mm</source>
   <translation>Biển gắn hố ga và cột, A4, 2 biển cỡ 190 × 135 mm</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/qr_labels/label_templates.py" line="109" />
   <source>Unknown label template {}; choose one of {}.</source>
   <translation>Mẫu nhãn {} không xác định; hãy chọn một trong các mẫu: {}.</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/qr_labels/label_templates.py" line="65" />
   <source>The labels do not fit on the page: the grid is {:.1f} × {:.1f} mm, the page {:.1f} × {:.1f} mm. Check the rows, columns, label size, margins and gaps.</source>
   <translation>Các nhãn không vừa trang: lưới nhãn có kích thước {:.1f} × {:.1f} mm, còn trang là {:.1f} × {:.1f} mm. Hãy kiểm tra số hàng, số cột, kích thước nhãn, lề và khoảng cách giữa các nhãn.</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/qr_labels/processing/export_tag_images_algorithm.py" line="18" />
   <source>Writes one QR image per asset, named by its asset code (e.g. HG0000123.png), at a chosen print resolution, for sign makers who engrave or print metal plates.</source>
   <translation>Ghi một ảnh QR cho mỗi tài sản, đặt tên theo mã tài sản (ví dụ HG0000123.png), ở độ phân giải in đã chọn, dành cho đơn vị khắc hoặc in biển kim loại.</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/qr_labels/processing/export_tag_images_algorithm.py" line="25" />
   <source>Export QR tag images</source>
   <translation>Xuất ảnh tem QR</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/qr_labels/processing/export_tag_images_algorithm.py" line="29" />
   <source>Image format</source>
   <translation>Định dạng ảnh</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/qr_labels/processing/export_tag_images_algorithm.py" line="30" />
   <source>Print resolution (dpi)</source>
   <translation>Độ phân giải in (dpi)</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/qr_labels/processing/export_tag_images_algorithm.py" line="34" />
   <source>QR module size (mm, 0 = the asset type's minimum)</source>
   <translation>Kích thước mô-đun QR (mm, 0 = mức tối thiểu của loại tài sản)</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/qr_labels/processing/export_tag_images_algorithm.py" line="36" />
   <source>Folder for the images</source>
   <translation>Thư mục lưu ảnh</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/qr_labels/processing/export_tag_images_algorithm.py" line="37" />
   <source>Images</source>
   <translation>Số ảnh</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/qr_labels/processing/export_tag_images_algorithm.py" line="45" />
   <source>{} tag images written to {}</source>
   <translation>Đã ghi {} ảnh tem vào {}</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/qr_labels/processing/generate_labels_algorithm.py" line="52" />
   <source>Prints QR tags for the assets of a ward layer onto label sheets, as a vector PDF to print at 100 %. Each tag shows the QR, the asset code, the asset type, a short descriptor, the ward's name, the hotline and the web address. START_SLOT continues a partly used sheet. CALIBRATION_PAGE prints slot outlines and rulers instead, to set the printer offsets. TEMPLATE Custom grid uses the CUSTOM_* parameters. By default TEMPLATE picks the sheet made for the layer's asset type: address labels for housing, weatherproof 8-per-A4 tags for trees, sensor poles and drains, plates for manholes.</source>
   <translation>In tem QR cho các tài sản của một lớp bản đồ phường lên tờ nhãn, thành tệp PDF vector để in ở tỷ lệ 100 %. Mỗi tem có mã QR, mã tài sản, loại tài sản, mô tả ngắn, tên phường, đường dây nóng và địa chỉ web. START_SLOT in tiếp trên tờ đã dùng một phần. CALIBRATION_PAGE in khung ô nhãn và thước thay cho nhãn, để chỉnh độ lệch của máy in. TEMPLATE Lưới tùy chỉnh dùng các tham số CUSTOM_*. Mặc định TEMPLATE chọn tờ nhãn dành cho loại tài sản của lớp: nhãn địa chỉ cho nhà ở, tem chịu thời tiết 8 tem/A4 cho cây xanh, cột cảm biến và tuyến thoát nước, biển cho hố ga.</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/qr_labels/processing/generate_labels_algorithm.py" line="20" />
   <source>Custom grid: page width (mm)</source>
   <translation>Lưới tùy chỉnh: chiều rộng trang (mm)</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/qr_labels/processing/generate_labels_algorithm.py" line="21" />
   <source>Custom grid: page height (mm)</source>
   <translation>Lưới tùy chỉnh: chiều cao trang (mm)</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/qr_labels/processing/generate_labels_algorithm.py" line="22" />
   <source>Custom grid: columns</source>
   <translation>Lưới tùy chỉnh: số cột</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/qr_labels/processing/generate_labels_algorithm.py" line="23" />
   <source>Custom grid: rows</source>
   <translation>Lưới tùy chỉnh: số hàng</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/qr_labels/processing/generate_labels_algorithm.py" line="24" />
   <source>Custom grid: label width (mm)</source>
   <translation>Lưới tùy chỉnh: chiều rộng nhãn (mm)</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/qr_labels/processing/generate_labels_algorithm.py" line="25" />
   <source>Custom grid: label height (mm)</source>
   <translation>Lưới tùy chỉnh: chiều cao nhãn (mm)</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/qr_labels/processing/generate_labels_algorithm.py" line="26" />
   <source>Custom grid: left margin (mm)</source>
   <translation>Lưới tùy chỉnh: lề trái (mm)</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/qr_labels/processing/generate_labels_algorithm.py" line="27" />
   <source>Custom grid: top margin (mm)</source>
   <translation>Lưới tùy chỉnh: lề trên (mm)</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/qr_labels/processing/generate_labels_algorithm.py" line="28" />
   <source>Custom grid: gap between columns (mm)</source>
   <translation>Lưới tùy chỉnh: khoảng cách giữa các cột (mm)</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/qr_labels/processing/generate_labels_algorithm.py" line="29" />
   <source>Custom grid: gap between rows (mm)</source>
   <translation>Lưới tùy chỉnh: khoảng cách giữa các hàng (mm)</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/qr_labels/processing/generate_labels_algorithm.py" line="64" />
   <source>Generate QR label sheets</source>
   <translation>Tạo tờ nhãn QR</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/qr_labels/processing/generate_labels_algorithm.py" line="42" />
   <source>The sheet made for the layer's asset type</source>
   <translation>Tờ nhãn dành cho loại tài sản của lớp</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/qr_labels/processing/generate_labels_algorithm.py" line="78" />
   <source>Print a calibration page instead of labels</source>
   <translation>In trang căn chỉnh thay cho nhãn</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/qr_labels/processing/generate_labels_algorithm.py" line="80" />
   <source>Smallest QR module (mm, 0 = the asset type's minimum)</source>
   <translation>Mô-đun QR nhỏ nhất (mm, 0 = mức tối thiểu của loại tài sản)</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/qr_labels/processing/generate_labels_algorithm.py" line="89" />
   <source>Label sheets (PDF)</source>
   <translation>Tờ nhãn (PDF)</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/qr_labels/processing/generate_labels_algorithm.py" line="92" />
   <source>Labels</source>
   <translation>Số nhãn</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/qr_labels/processing/generate_labels_algorithm.py" line="114" />
   <source>Choose the asset layer whose tags to print.</source>
   <translation>Hãy chọn lớp tài sản cần in tem.</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/qr_labels/processing/generate_labels_algorithm.py" line="117" />
   <source>Label sheet: {}.</source>
   <translation>Tờ nhãn: {}.</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/qr_labels/processing/generate_labels_algorithm.py" line="121" />
   <source>{} labels on {} pages; QR version {}, error correction {}, modules {:.2f} mm.</source>
   <translation>Đã tạo {} nhãn trên {} trang; mã QR phiên bản {}, mức sửa lỗi {}, mô-đun {:.2f} mm.</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/qr_labels/processing/mark_tags_algorithm.py" line="17" />
   <source>Sets the QR tag status of assets, e.g. “tag attached” after the printed tags were stuck on. SELECTED_ONLY and ONLY_UNATTACHED choose the same assets as for printing.</source>
   <translation>Đặt trạng thái tem QR của các tài sản, ví dụ “Đã gắn tem” sau khi đã dán các tem vừa in. SELECTED_ONLY và ONLY_UNATTACHED chọn tài sản giống như khi in.</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/qr_labels/processing/mark_tags_algorithm.py" line="28" />
   <source>Set QR tag status</source>
   <translation>Đặt trạng thái tem QR</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/qr_labels/processing/mark_tags_algorithm.py" line="33" />
   <source>New QR tag status</source>
   <translation>Trạng thái tem QR mới</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/qr_labels/processing/mark_tags_algorithm.py" line="35" />
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
   <location filename="../mymap_plugin/qr_labels/processing/publish_records_algorithm.py" line="35" />
   <source>Asset layers</source>
   <translation>Các lớp tài sản</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/qr_labels/processing/publish_records_algorithm.py" line="37" />
   <source>Add a small map to each page</source>
   <translation>Thêm bản đồ nhỏ vào mỗi trang</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/qr_labels/processing/publish_records_algorithm.py" line="38" />
   <source>Website folder</source>
   <translation>Thư mục trang web</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/qr_labels/processing/publish_records_algorithm.py" line="40" />
   <source>Warnings about the website</source>
   <translation>Cảnh báo về trang web</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/qr_labels/processing/publish_records_algorithm.py" line="49" />
   <source>{} record pages written to {}</source>
   <translation>Đã ghi {} trang thông tin vào {}</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/qr_labels/publish_records.py" line="234" />
   <source>Send an SMS</source>
   <translation>Gửi tin nhắn SMS</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/qr_labels/publish_records.py" line="235" />
   <source>Send an e-mail</source>
   <translation>Gửi thư điện tử</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/qr_labels/publish_records.py" line="279" />
   <source>the photo {} does not exist or cannot be read</source>
   <translation>ảnh {} không tồn tại hoặc không đọc được</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/qr_labels/publish_records.py" line="280" />
   <source>the photo {} is larger than {} MB</source>
   <translation>ảnh {} lớn hơn {} MB</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/qr_labels/publish_records.py" line="342" />
   <source>Choose a folder for the website.</source>
   <translation>Hãy chọn thư mục cho trang web.</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/qr_labels/publish_records.py" line="186" />
   <source>Yes</source>
   <translation>Có</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/qr_labels/publish_records.py" line="186" />
   <source>No</source>
   <translation>Không</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/qr_labels/publish_records.py" line="214" />
   <source>Report a problem with asset {}: </source>
   <translation>Báo sự cố tài sản {}: </translation>
  </message>
  <message>
   <location filename="../mymap_plugin/qr_labels/publish_records.py" line="239" />
   <source>See a problem with this asset? Tell the ward:</source>
   <translation>Thấy tài sản này có sự cố? Hãy báo cho phường:</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/qr_labels/publish_records.py" line="358" />
   <source>The ward has no hotline (setting “hotline” of the ward map), so the record pages give residents no number to call or text about a problem: set it and publish again.</source>
   <translation>Phường chưa có số đường dây nóng (thiết lập “hotline” của bản đồ phường), nên các trang hồ sơ không có số để người dân gọi điện hoặc nhắn tin báo sự cố: hãy đặt số rồi xuất bản lại.</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/qr_labels/publish_records.py" line="382" />
   <source>{} assets or photos were left out of the website; see the lines above.</source>
   <translation>{} tài sản hoặc ảnh không được đưa lên trang web; xem các dòng ở trên.</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/qr_labels/publish_records.py" line="625" />
   <location filename="../mymap_plugin/qr_labels/publish_records.py" line="482" />
   <source>Publishing was cancelled; the previous website was kept.</source>
   <translation>Đã hủy xuất bản; trang web trước đó được giữ nguyên.</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/qr_labels/publish_records.py" line="233" />
   <source>Report a problem: call {}</source>
   <translation>Phản ánh sự cố: gọi {}</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/qr_labels/publish_records.py" line="252" />
   <source>The link {} is not a plain web path, so no page is written for it: check the QR link template, e.g. HTTPS://QR.MYHAO.HUNGYEN.GOV.VN/A/{{code}}.</source>
   <translation>Liên kết {} không phải là một đường dẫn web thông thường nên không ghi trang nào cho nó: hãy kiểm tra mẫu liên kết QR, ví dụ HTTPS://QR.MYHAO.HUNGYEN.GOV.VN/A/{{code}}.</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/qr_labels/publish_records.py" line="293" />
   <source>the photo {} is not inside the ward's photo folder {}</source>
   <translation>ảnh {} không nằm trong thư mục ảnh của phường {}</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/qr_labels/publish_records.py" line="321" />
   <source>the photo {} is not a JPEG, PNG or WebP image</source>
   <translation>ảnh {} không phải là ảnh JPEG, PNG hoặc WebP</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/qr_labels/publish_records.py" line="347" />
   <location filename="../mymap_plugin/qr_labels/tag_images.py" line="51" />
   <source>{} is a file, not a folder.</source>
   <translation>{} là một tệp, không phải thư mục.</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/qr_labels/publish_records.py" line="351" />
   <source>Unknown asset layer {}.</source>
   <translation>Lớp tài sản {} không xác định.</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/qr_labels/publish_records.py" line="381" />
   <source>Not published ({}, {}): {}.</source>
   <translation>Không công bố ({}, {}): {}.</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/qr_labels/publish_records.py" line="485" />
   <source>Assets with QR tags</source>
   <translation>Tài sản có tem QR</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/qr_labels/publish_records.py" line="487" />
   <source>Public information only.</source>
   <translation>Chỉ gồm thông tin công khai.</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/qr_labels/publish_records.py" line="302" />
   <source>the photo {} is not a file</source>
   <translation>ảnh {} không phải là một tệp</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/qr_labels/publish_records.py" line="465" />
   <source>Asset record of the ward's digital map</source>
   <translation>Thông tin tài sản trên bản đồ số phường</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/qr_labels/publish_records.py" line="466" />
   <source>This page shows public information only. Check that the asset code matches the tag you scanned.</source>
   <translation>Trang này chỉ hiển thị thông tin công khai. Hãy kiểm tra xem mã tài sản có khớp với tem bạn vừa quét hay không.</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/qr_labels/publish_records.py" line="416" />
   <source>its page {} was already written for another asset</source>
   <translation>trang {} của nó đã được ghi cho một tài sản khác</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/qr_labels/publish_records.py" line="455" />
   <source>Map</source>
   <translation>Bản đồ</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/qr_labels/publish_records.py" line="451" />
   <location filename="../mymap_plugin/ward_map/schema.py" line="173" />
   <source>Photo</source>
   <translation>Ảnh</translation>
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
   <location filename="../mymap_plugin/sensors/gui/flood_watch_panel.py" line="34" />
   <source>Flood watch</source>
   <translation>Theo dõi ngập</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/sensors/gui/flood_watch_panel.py" line="56" />
   <source> min</source>
   <translation> phút</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/sensors/gui/flood_watch_panel.py" line="58" />
   <source>Refresh automatically</source>
   <translation>Tự động cập nhật</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/sensors/gui/flood_watch_panel.py" line="59" />
   <source>Refresh now</source>
   <translation>Cập nhật ngay</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/sensors/gui/flood_watch_panel.py" line="60" />
   <source>SensorThings server</source>
   <translation>Máy chủ SensorThings</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/sensors/gui/flood_watch_panel.py" line="61" />
   <source>Authentication</source>
   <translation>Xác thực</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/sensors/gui/flood_watch_panel.py" line="66" />
   <source>Every</source>
   <translation>Mỗi</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/sensors/gui/flood_watch_panel.py" line="85" />
   <source> days</source>
   <translation> ngày</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/sensors/gui/flood_watch_panel.py" line="86" />
   <source>Save chart as PNG…</source>
   <translation>Lưu biểu đồ thành PNG…</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/sensors/gui/flood_watch_panel.py" line="73" />
   <source>Sensor</source>
   <translation>Cảm biến</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/sensors/gui/flood_watch_panel.py" line="73" />
   <location filename="../mymap_plugin/ward_map/schema.py" line="323" />
   <source>Alert level</source>
   <translation>Cấp cảnh báo</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/sensors/gui/flood_watch_panel.py" line="73" />
   <location filename="../mymap_plugin/sensors/sensor_chart.py" line="48" />
   <location filename="../mymap_plugin/ward_map/schema.py" line="319" />
   <source>Water depth (cm)</source>
   <translation>Độ sâu nước (cm)</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/sensors/gui/flood_watch_panel.py" line="74" />
   <source>Last reading (Vietnam time)</source>
   <translation>Lần đo cuối (giờ Việt Nam)</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/sensors/gui/flood_watch_panel.py" line="74" />
   <location filename="../mymap_plugin/ward_map/schema.py" line="168" />
   <source>Status</source>
   <translation>Trạng thái</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/sensors/gui/flood_watch_panel.py" line="87" />
   <source>Chart of the last</source>
   <translation>Biểu đồ trong</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/sensors/gui/flood_watch_panel.py" line="116" />
   <source>Open a ward map to watch its sensors.</source>
   <translation>Hãy mở một bản đồ phường để theo dõi các cảm biến.</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/sensors/gui/flood_watch_panel.py" line="173" />
   <source>Save chart</source>
   <translation>Lưu biểu đồ</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/sensors/gui/flood_watch_panel.py" line="173" />
   <source>PNG image (*.png)</source>
   <translation>Ảnh PNG (*.png)</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/sensors/gui/flood_watch_panel.py" line="194" />
   <location filename="../mymap_plugin/sensors/gui/flood_watch_panel.py" line="210" />
   <source>Give the SensorThings server's address and open a ward map first.</source>
   <translation>Hãy nhập địa chỉ máy chủ SensorThings và mở bản đồ phường trước.</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/sensors/gui/flood_watch_panel.py" line="200" />
   <source>Refreshing readings in the background…</source>
   <translation>Đang cập nhật số liệu đo ở chế độ nền…</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/sensors/gui/flood_watch_panel.py" line="206" />
   <source>Automatic refresh is off.</source>
   <translation>Đã tắt tự động cập nhật.</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/sensors/gui/flood_watch_panel.py" line="218" />
   <source>Refreshed at {}: {} new readings, {} flagged.</source>
   <translation>Cập nhật lúc {}: {} số liệu mới, {} bị đánh dấu.</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/sensors/gui/flood_watch_panel.py" line="119" />
   <source>Ward map: {}</source>
   <translation>Bản đồ phường: {}</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/sensors/gui/flood_watch_panel.py" line="133" />
   <location filename="../mymap_plugin/ward_map/styles.py" line="156" />
   <source>Offline or no reading</source>
   <translation>Mất kết nối hoặc chưa có số liệu</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/sensors/import_readings.py" line="449" />
   <source>No sensor of the ward has a SensorThings Thing or Datastream id; fill them in on the sensors' forms.</source>
   <translation>Không cảm biến nào của phường có mã Thing hoặc Datastream SensorThings; hãy điền vào biểu mẫu cảm biến.</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/sensors/import_readings.py" line="415" />
   <source>Reading</source>
   <translation>Đang đọc</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/sensors/import_readings.py" line="103" />
   <source>MAPPING is a JSON object such as {"station": "stationReference"}.</source>
   <translation>MAPPING là một đối tượng JSON, ví dụ {"station": "stationReference"}.</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/sensors/import_readings.py" line="114" />
   <source>MAPPING has the unknown key {}; the keys are: {}.</source>
   <translation>MAPPING có khóa không hợp lệ {}; các khóa là: {}.</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/sensors/import_readings.py" line="117" />
   <source>MAPPING quantity must be one of {}.</source>
   <translation>quantity trong MAPPING phải là một trong {}.</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/sensors/import_readings.py" line="197" />
   <source>The JSON file {} is not a list of readings (objects with station, time and value).</source>
   <translation>Tệp JSON {} không phải danh sách số liệu đo (các đối tượng có trạm, thời gian và giá trị).</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/sensors/import_readings.py" line="383" />
   <source>Unknown format {}: use csv, json or sensorthings.</source>
   <translation>Không có định dạng {}: hãy dùng csv, json hoặc sensorthings.</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/sensors/import_readings.py" line="401" />
   <source>{} holds no readings.</source>
   <translation>{} không có số liệu đo nào.</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/sensors/import_readings.py" line="141" />
   <source>The file has no {} column. Name it in MAPPING, e.g. {}=…; the file's columns are: {}.</source>
   <translation>Tệp không có cột {}. Hãy chỉ rõ trong MAPPING, ví dụ {}=…; các cột của tệp là: {}.</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/sensors/import_readings.py" line="167" />
   <location filename="../mymap_plugin/ward_map/ward_settings.py" line="227" />
   <source>The file {} cannot be read: {}</source>
   <translation>Không thể đọc tệp {}: {}</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/sensors/import_readings.py" line="179" />
   <source>The file {} is empty: there are no readings to import.</source>
   <translation>Tệp {} trống: không có số liệu đo để nhập.</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/sensors/import_readings.py" line="192" />
   <source>The file {} is not readable JSON: {}</source>
   <translation>Tệp {} không phải JSON đọc được: {}</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/sensors/import_readings.py" line="263" />
   <source>Unknown station '{}': no sensor of the ward has this asset code, station name or SensorThings id.</source>
   <translation>Trạm '{}' không xác định: không cảm biến nào của phường có mã tài sản, tên trạm hoặc mã SensorThings này.</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/sensors/import_readings.py" line="277" />
   <source>The unit '{}' is not a length (use mm, cm or m).</source>
   <translation>Đơn vị '{}' không phải đơn vị độ dài (dùng mm, cm hoặc m).</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/sensors/import_readings.py" line="358" />
   <source>The readings could not be written to {}: {}. Nothing was imported.</source>
   <translation>Không ghi được số liệu đo vào {}: {}. Không nhập gì.</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/sensors/import_readings.py" line="372" />
   <source>SINCE '{}' is not a time (use 2025-09-22T07:00:00+07:00).</source>
   <translation>SINCE '{}' không phải thời điểm (dùng 2025-09-22T07:00:00+07:00).</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/sensors/import_readings.py" line="394" />
   <location filename="../mymap_plugin/ward_map/ward_settings.py" line="222" />
   <source>The file {} does not exist.</source>
   <translation>Tệp {} không tồn tại.</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/sensors/import_readings.py" line="176" />
   <location filename="../mymap_plugin/sensors/import_readings.py" line="185" />
   <source>The file {} is not UTF-8 text.</source>
   <translation>Tệp {} không phải văn bản UTF-8.</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/sensors/import_readings.py" line="244" />
   <source>MAPPING timezone '{}' is not a UTC offset such as +07:00.</source>
   <translation>timezone '{}' trong MAPPING không phải độ lệch UTC như +07:00.</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/sensors/import_readings.py" line="272" />
   <source>'{}' is not a water level, depth or distance.</source>
   <translation>'{}' không phải mực nước, độ sâu hay khoảng cách.</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/sensors/import_readings.py" line="423" />
   <source>The time '{}' (row {}) has no time zone, so it is not known when it was measured. Give the time zone in MAPPING, e.g. timezone=+07:00 for Vietnam.</source>
   <translation>Thời gian '{}' (dòng {}) không có múi giờ nên không biết được đo lúc nào. Hãy ghi múi giờ trong MAPPING, ví dụ timezone=+07:00 cho Việt Nam.</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/sensors/import_readings.py" line="101" />
   <source>MAPPING is not valid JSON: {}</source>
   <translation>MAPPING không phải JSON hợp lệ: {}</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/sensors/import_readings.py" line="133" />
   <source>The file has no column {} (MAPPING {}). Its columns are: {}.</source>
   <translation>Tệp không có cột {} (MAPPING {}). Các cột của tệp là: {}.</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/sensors/import_readings.py" line="110" />
   <source>MAPPING entries are written key=value; '{}' has no '='.</source>
   <translation>Các mục MAPPING được viết dạng khóa=giá_trị; '{}' không có '='.</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/sensors/periodic_refresh.py" line="19" />
   <source>The sensor readings could not be refreshed: {}</source>
   <translation>Không cập nhật được số liệu cảm biến: {}</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/sensors/periodic_refresh.py" line="16" />
   <source>Refreshing sensor readings</source>
   <translation>Đang cập nhật số liệu cảm biến</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/sensors/periodic_refresh.py" line="73" />
   <source>The refresh was cancelled.</source>
   <translation>Đã hủy cập nhật.</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/sensors/processing/import_sensor_readings_algorithm.py" line="12" />
   <source>CSV file</source>
   <translation>Tệp CSV</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/sensors/processing/import_sensor_readings_algorithm.py" line="12" />
   <source>JSON file</source>
   <translation>Tệp JSON</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/sensors/processing/import_sensor_readings_algorithm.py" line="12" />
   <source>OGC SensorThings API (base URL)</source>
   <translation>OGC SensorThings API (địa chỉ gốc)</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/sensors/processing/import_sensor_readings_algorithm.py" line="16" />
   <location filename="../mymap_plugin/sensors/processing/sensor_chart_algorithm.py" line="19" />
   <source>Sensors and flooding</source>
   <translation>Cảm biến và ngập úng</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/sensors/processing/import_sensor_readings_algorithm.py" line="17" />
   <source>Imports water-level readings into the ward map from a CSV or JSON file or from an OGC SensorThings API server (following its paging), then updates each sensor's latest depth, alert level, last-seen time and status (offline after three silent reporting intervals). MAPPING names the file's columns where they differ: station, time, value, unit, parameter, battery, as JSON or key=value; a value starting with = is a constant for every row; quantity (depth, distance or level) says what the values measure, timezone (e.g. +07:00) the zone of times written without one. Distances and levels become depth above the road from the sensor's levels and offset. Implausible readings are kept with a quality flag; rows of unknown stations or without a usable time go to the rejected rows with the reason. Importing the same readings twice stores them once.</source>
   <translation>Nhập số liệu mực nước vào bản đồ phường từ tệp CSV hoặc JSON hoặc từ máy chủ OGC SensorThings API (theo phân trang của máy chủ), rồi cập nhật độ sâu mới nhất, cấp cảnh báo, thời điểm đo cuối và trạng thái của từng cảm biến (mất kết nối sau ba chu kỳ không gửi số liệu). MAPPING chỉ tên cột của tệp khi khác tên thường dùng: station, time, value, unit, parameter, battery, dạng JSON hoặc khóa=giá_trị; giá trị bắt đầu bằng = là hằng số cho mọi dòng; quantity (depth, distance hoặc level) cho biết giá trị đo gì, timezone (ví dụ +07:00) là múi giờ của các thời điểm không ghi múi giờ. Khoảng cách và mực nước được đổi thành độ sâu ngập trên mặt đường theo cao độ và hiệu chỉnh của cảm biến. Số liệu bất thường được giữ lại kèm cờ chất lượng; dòng của trạm không xác định hoặc không có thời gian dùng được được ghi vào danh sách dòng bị từ chối kèm lý do. Nhập cùng số liệu hai lần chỉ lưu một lần.</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/sensors/processing/import_sensor_readings_algorithm.py" line="32" />
   <source>Import sensor readings</source>
   <translation>Nhập số liệu cảm biến</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/sensors/processing/import_sensor_readings_algorithm.py" line="37" />
   <source>Readings file or SensorThings base URL</source>
   <translation>Tệp số liệu hoặc địa chỉ gốc SensorThings</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/sensors/processing/import_sensor_readings_algorithm.py" line="40" />
   <source>Column names (e.g. station=stationReference; time=dateTime; timezone=+07:00)</source>
   <translation>Tên cột (ví dụ station=stationReference; time=dateTime; timezone=+07:00)</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/sensors/processing/import_sensor_readings_algorithm.py" line="42" />
   <source>Only readings after</source>
   <translation>Chỉ số liệu sau thời điểm</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/sensors/processing/import_sensor_readings_algorithm.py" line="44" />
   <source>Authentication for the SensorThings server (a QGIS authentication configuration)</source>
   <translation>Xác thực với máy chủ SensorThings (một cấu hình xác thực của QGIS)</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/sensors/processing/import_sensor_readings_algorithm.py" line="47" />
   <source>Rejected rows (CSV)</source>
   <translation>Dòng bị từ chối (CSV)</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/sensors/processing/import_sensor_readings_algorithm.py" line="48" />
   <source>Readings stored</source>
   <translation>Số liệu đã lưu</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/sensors/processing/import_sensor_readings_algorithm.py" line="48" />
   <source>Readings already stored</source>
   <translation>Số liệu đã có từ trước</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/sensors/processing/import_sensor_readings_algorithm.py" line="49" />
   <source>Readings flagged</source>
   <translation>Số liệu bị đánh dấu</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/sensors/processing/import_sensor_readings_algorithm.py" line="50" />
   <source>Sensors updated</source>
   <translation>Cảm biến được cập nhật</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/sensors/processing/import_sensor_readings_algorithm.py" line="52" />
   <source>Problems</source>
   <translation>Sự cố</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/sensors/processing/import_sensor_readings_algorithm.py" line="77" />
   <source>{} readings stored, {} already stored, {} flagged, {} rows rejected.</source>
   <translation>Đã lưu {} số liệu, {} số liệu đã có, {} bị đánh dấu, {} dòng bị từ chối.</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/sensors/processing/sensor_chart_algorithm.py" line="20" />
   <source>Draws one water-level sensor's water depth over a period as a PNG chart: the depth line, the sensor's alert thresholds 1–3 as dashed lines in the alert colours, readings flagged suspect or faulty as separate markers, and silences longer than three reporting intervals as breaks in the line. Times are shown in Vietnam time (UTC+7). Without a start and end the chart shows the 7 days up to the sensor's latest reading. The sensor is given by its asset code, station name or UUID. An existing file is never overwritten.</source>
   <translation>Vẽ độ sâu ngập của một cảm biến mực nước trong một khoảng thời gian thành biểu đồ PNG: đường độ sâu, các ngưỡng cảnh báo 1–3 của cảm biến bằng nét đứt theo màu cảnh báo, số liệu bị đánh dấu nghi ngờ hoặc lỗi bằng ký hiệu riêng, và các khoảng im lặng dài hơn ba chu kỳ báo cáo thành chỗ ngắt của đường. Thời gian hiển thị theo giờ Việt Nam (UTC+7). Nếu không có thời điểm bắt đầu và kết thúc, biểu đồ hiển thị 7 ngày đến lần đo mới nhất. Cảm biến được chỉ bằng mã tài sản, tên trạm hoặc UUID. Không bao giờ ghi đè tệp đã có.</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/sensors/processing/sensor_chart_algorithm.py" line="31" />
   <source>Sensor water-depth chart</source>
   <translation>Biểu đồ độ sâu ngập của cảm biến</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/sensors/processing/sensor_chart_algorithm.py" line="37" />
   <source>Sensor (asset code, station name or UUID)</source>
   <translation>Cảm biến (mã tài sản, tên trạm hoặc UUID)</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/sensors/processing/sensor_chart_algorithm.py" line="39" />
   <source>Start (empty: 7 days before the end)</source>
   <translation>Bắt đầu (trống: 7 ngày trước thời điểm kết thúc)</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/sensors/processing/sensor_chart_algorithm.py" line="41" />
   <source>End (empty: the sensor's latest reading)</source>
   <translation>Kết thúc (trống: lần đo mới nhất của cảm biến)</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/sensors/processing/sensor_chart_algorithm.py" line="43" />
   <source>Width (pixels)</source>
   <translation>Chiều rộng (điểm ảnh)</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/sensors/processing/sensor_chart_algorithm.py" line="46" />
   <source>Height (pixels)</source>
   <translation>Chiều cao (điểm ảnh)</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/sensors/processing/sensor_chart_algorithm.py" line="48" />
   <source>Chart (PNG)</source>
   <translation>Biểu đồ (PNG)</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/sensors/processing/sensor_chart_algorithm.py" line="49" />
   <source>Readings drawn</source>
   <translation>Số liệu đã vẽ</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/sensors/reading_values.py" line="53" />
   <source>The row has no time.</source>
   <translation>Dòng này không có thời gian.</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/sensors/reading_values.py" line="57" />
   <source>'{}' is a date without a time of day: a reading needs the time it was measured.</source>
   <translation>'{}' là ngày không có giờ: số liệu đo cần thời điểm đo.</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/sensors/reading_values.py" line="62" />
   <source>'{}' is not a time (use 2025-09-22T07:15:00+07:00).</source>
   <translation>'{}' không phải thời điểm (dùng 2025-09-22T07:15:00+07:00).</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/sensors/reading_values.py" line="128" />
   <source>{} measures distances but has no sensor level or road level, so the depth cannot be computed. Fill them in on the sensor's form.</source>
   <translation>{} đo khoảng cách nhưng chưa có cao độ cảm biến hoặc cao độ mặt đường nên không tính được độ sâu. Hãy điền vào biểu mẫu cảm biến.</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/sensors/reading_values.py" line="133" />
   <source>{} reports water levels but has no road level, so the depth cannot be computed. Fill it in on the sensor's form.</source>
   <translation>{} báo mực nước nhưng chưa có cao độ mặt đường nên không tính được độ sâu. Hãy điền vào biểu mẫu cảm biến.</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/sensors/sensor_chart.py" line="49" />
   <source>Time (Vietnam, UTC+7)</source>
   <translation>Thời gian (giờ Việt Nam, UTC+7)</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/sensors/sensor_chart.py" line="50" />
   <source>Water depth</source>
   <translation>Độ sâu ngập</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/sensors/sensor_chart.py" line="51" />
   <source>Suspect reading</source>
   <translation>Số liệu nghi ngờ</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/sensors/sensor_chart.py" line="52" />
   <source>Faulty reading</source>
   <translation>Số liệu lỗi</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/sensors/sensor_chart.py" line="53" />
   <source>No readings</source>
   <translation>Không có số liệu</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/sensors/sensor_chart.py" line="54" />
   <source>Level {}: {} cm</source>
   <translation>Cấp {}: {} cm</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/sensors/sensor_chart.py" line="55" />
   <source>Water depth from {} to {} (Vietnam time)</source>
   <translation>Độ sâu ngập từ {} đến {} (giờ Việt Nam)</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/sensors/sensor_chart.py" line="162" />
   <source>No sensor given: enter the sensor's asset code (e.g. CB0000013), its station name or its UUID.</source>
   <translation>Chưa chọn cảm biến: hãy nhập mã tài sản (ví dụ CB0000013), tên trạm hoặc UUID của cảm biến.</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/sensors/sensor_chart.py" line="174" />
   <source>The ward map has no sensor '{}': give a sensor's asset code (e.g. CB0000013), station name or UUID.</source>
   <translation>Bản đồ phường không có cảm biến '{}': hãy nhập mã tài sản (ví dụ CB0000013), tên trạm hoặc UUID của cảm biến.</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/sensors/sensor_chart.py" line="201" />
   <source>The period is empty: the start ({}) must be before the end ({}).</source>
   <translation>Khoảng thời gian rỗng: thời điểm bắt đầu ({}) phải trước thời điểm kết thúc ({}).</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/sensors/sensor_chart.py" line="334" />
   <source>A chart of {} × {} pixels cannot be drawn: use at least {} × {} and at most {} × {} pixels.</source>
   <translation>Không vẽ được biểu đồ {} × {} điểm ảnh: hãy dùng ít nhất {} × {} và nhiều nhất {} × {} điểm ảnh.</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/sensors/sensor_chart.py" line="391" />
   <source>The sensor {} has no readings from {} to {} (Vietnam time). Choose another period.</source>
   <translation>Cảm biến {} không có số liệu từ {} đến {} (giờ Việt Nam). Hãy chọn khoảng thời gian khác.</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/sensors/sensor_chart.py" line="604" />
   <source>The file {} already exists; it was not overwritten. Choose another file name.</source>
   <translation>Tệp {} đã tồn tại; không ghi đè. Hãy chọn tên tệp khác.</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/sensors/sensor_chart.py" line="172" />
   <source>Several sensors are called '{}' ({}): choose one by its asset code.</source>
   <translation>Có nhiều cảm biến tên '{}' ({}): hãy chọn theo mã tài sản.</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/sensors/sensor_chart.py" line="387" />
   <source>The sensor {} has no readings yet.</source>
   <translation>Cảm biến {} chưa có số liệu đo.</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/sensors/sensor_chart.py" line="127" />
   <source>The time '{}' is not understood: write it like 2025-09-15T08:00:00Z (UTC) or 2025-09-15T15:00:00+07:00 (Vietnam time).</source>
   <translation>Không hiểu thời gian '{}': hãy viết như 2025-09-15T08:00:00Z (UTC) hoặc 2025-09-15T15:00:00+07:00 (giờ Việt Nam).</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/sensors/sensor_status.py" line="55" />
   <source>The sensors' state could not be updated in {}: {}</source>
   <translation>Không cập nhật được trạng thái cảm biến trong {}: {}</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/sensors/sensorthings.py" line="165" />
   <source>The SensorThings server at {url} did not answer within {seconds} seconds. Try again later or allow a longer waiting time.</source>
   <translation>Máy chủ SensorThings tại {url} không trả lời trong {seconds} giây. Hãy thử lại sau hoặc cho thời gian chờ dài hơn.</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/sensors/sensorthings.py" line="171" />
   <source>Cannot reach the SensorThings server at {url} ({reason}). Check the address and the network connection.</source>
   <translation>Không kết nối được máy chủ SensorThings tại {url} ({reason}). Hãy kiểm tra địa chỉ và kết nối mạng.</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/sensors/sensorthings.py" line="177" />
   <source>The answer from {url} is not JSON. Check that the address is that of a SensorThings API (it usually ends with /v1.1).</source>
   <translation>Phản hồi từ {url} không phải JSON. Hãy kiểm tra đây là địa chỉ của SensorThings API (thường kết thúc bằng /v1.1).</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/sensors/sensorthings.py" line="183" />
   <source>The answer from {url} is not a SensorThings list (it has no “value” array). Check the address.</source>
   <translation>Phản hồi từ {url} không phải danh sách SensorThings (không có mảng “value”). Hãy kiểm tra địa chỉ.</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/sensors/sensorthings.py" line="94" />
   <source>The SensorThings address must start with http:// or https:// (for example https://example.org/FROST-Server/v1.1), not “{text}”.</source>
   <translation>Địa chỉ SensorThings phải bắt đầu bằng http:// hoặc https:// (ví dụ https://example.org/FROST-Server/v1.1), không phải “{text}”.</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/sensors/sensorthings.py" line="122" />
   <source>A SensorThings id must be a whole number or a text, not “{value}”.</source>
   <translation>Mã SensorThings phải là số nguyên hoặc văn bản, không phải “{value}”.</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/sensors/sensorthings.py" line="139" />
   <location filename="../mymap_plugin/sensors/sensorthings.py" line="136" />
   <source>“{text}” is not a date and time (expected ISO 8601, for example 2024-05-01T07:30:00Z).</source>
   <translation>“{text}” không phải ngày giờ (cần dạng ISO 8601, ví dụ 2024-05-01T07:30:00Z).</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/sensors/sensorthings.py" line="355" />
   <source>Reading from the SensorThings server at {base} stopped after {seconds} seconds, the time allowed for one import (the server may be very slow or sending without end). What was received before is kept; the next import continues from there.</source>
   <translation>Việc đọc từ máy chủ SensorThings tại {base} đã dừng sau {seconds} giây, thời gian cho phép của một lần nhập (máy chủ có thể rất chậm hoặc gửi mãi không dứt). Những gì đã nhận trước đó được giữ lại; lần nhập sau sẽ tiếp tục từ đó.</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/sensors/sensorthings.py" line="362" />
   <source>The authentication configuration “{authcfg}” could not be applied to the request to {base}, so nothing was sent. Check it in QGIS Settings › Options › Authentication (the master password may be needed).</source>
   <translation>Không áp dụng được cấu hình xác thực “{authcfg}” cho yêu cầu tới {base}, nên chưa có gì được gửi đi. Hãy kiểm tra nó trong QGIS: Thiết lập › Tùy chọn › Xác thực (có thể cần mật khẩu chính).</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/sensors/sensorthings.py" line="532" />
   <source>The answer from {url} is not a SensorThings Datastream. Check the address and the id.</source>
   <translation>Phản hồi từ {url} không phải Datastream SensorThings. Hãy kiểm tra địa chỉ và mã.</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/sensors/sensorthings.py" line="562" />
   <source>The answer from {url} contains an observation without a time (phenomenonTime).</source>
   <translation>Phản hồi từ {url} có một quan trắc không có thời gian (phenomenonTime).</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/sensors/sensorthings.py" line="346" />
   <source>The SensorThings server redirected {url} more than {count} times, so reading stopped. Check the address.</source>
   <translation>Máy chủ SensorThings đã chuyển hướng {url} hơn {count} lần, nên việc đọc đã dừng. Hãy kiểm tra địa chỉ.</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/sensors/sensorthings.py" line="370" />
   <source>The address {url} is not on the SensorThings server {base}, so it was not read.</source>
   <translation>Địa chỉ {url} không thuộc máy chủ SensorThings {base}, nên không được đọc.</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/sensors/sensorthings.py" line="416" />
   <source>The answer from {url} is larger than {size} MB, the most accepted for one answer, so it was refused. What was received before is kept. If the server's pages are really this large, tell its operator.</source>
   <translation>Câu trả lời từ {url} lớn hơn {size} MB, mức tối đa chấp nhận cho một câu trả lời, nên đã bị từ chối. Những gì đã nhận trước đó được giữ lại. Nếu các trang của máy chủ thật sự lớn như vậy, hãy báo cho đơn vị vận hành máy chủ.</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/sensors/sensorthings.py" line="427" />
   <source>The SensorThings server has no such entity at {url} (HTTP 404). Check the address and the id.</source>
   <translation>Máy chủ SensorThings không có đối tượng tại {url} (HTTP 404). Hãy kiểm tra địa chỉ và mã.</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/sensors/sensorthings.py" line="458" />
   <source>The SensorThings server at {base} sent a link back to a page it had already sent (a paging loop), so reading stopped. {count} observations were received before the loop.</source>
   <translation>Máy chủ SensorThings tại {base} gửi liên kết quay lại trang đã gửi (vòng lặp phân trang) nên đã dừng đọc. Đã nhận {count} quan trắc trước vòng lặp.</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/sensors/sensorthings.py" line="462" />
   <source>The SensorThings server at {base} sent a link back to a page it had already sent (a paging loop), so reading stopped. {count} datastreams were received before the loop.</source>
   <translation>Máy chủ SensorThings tại {base} gửi liên kết quay lại trang đã gửi (vòng lặp phân trang) nên đã dừng đọc. Đã nhận {count} datastream trước vòng lặp.</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/sensors/sensorthings.py" line="468" />
   <source>Reading stopped after {pages} pages from the SensorThings server at {base}; more remain. {count} observations were received; read from a later start time to get the rest.</source>
   <translation>Đã dừng đọc sau {pages} trang từ máy chủ SensorThings tại {base}; vẫn còn dữ liệu. Đã nhận {count} quan trắc; hãy đọc từ thời điểm muộn hơn để lấy phần còn lại.</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/sensors/sensorthings.py" line="472" />
   <source>Reading stopped after {pages} pages from the SensorThings server at {base}; more remain. {count} datastreams were received.</source>
   <translation>Đã dừng đọc sau {pages} trang từ máy chủ SensorThings tại {base}; vẫn còn dữ liệu. Đã nhận {count} datastream.</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/sensors/sensorthings.py" line="497" />
   <source>The SensorThings server at {base} sent a link to {url} for the next page, but only links on the same server (http or https, same host and port) are followed, so reading stopped there and nothing was read from that address. What was received before is kept.</source>
   <translation>Máy chủ SensorThings tại {base} gửi liên kết tới {url} cho trang tiếp theo, nhưng chỉ các liên kết trên cùng máy chủ (http hoặc https, cùng tên máy và cổng) mới được theo, nên việc đọc dừng tại đó và không có gì được đọc từ địa chỉ ấy. Những gì đã nhận trước đó được giữ lại.</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/sensors/sensorthings.py" line="339" />
   <source>The SensorThings server answered {url} with a redirection to {target}, but only redirections on the same server (http or https, same host and port) are followed, so nothing was read from there. If the service has moved, use its new address.</source>
   <translation>Máy chủ SensorThings trả lời {url} bằng một chuyển hướng tới {target}, nhưng chỉ các chuyển hướng trên cùng máy chủ (http hoặc https, cùng tên máy và cổng) mới được theo, nên không có gì được đọc từ đó. Nếu dịch vụ đã chuyển đi, hãy dùng địa chỉ mới của nó.</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/sensors/sensorthings.py" line="430" />
   <source>The SensorThings server refused access to {url} (HTTP {status} {reason}). Choose an authentication configuration with a user allowed to read it.</source>
   <translation>Máy chủ SensorThings từ chối truy cập {url} (HTTP {status} {reason}). Hãy chọn một cấu hình xác thực với người dùng được phép đọc nó.</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/sensors/sensorthings.py" line="434" />
   <source>The SensorThings server answered {url} with an error: HTTP {status} {reason}. Try again later; if it persists, tell the server's operator.</source>
   <translation>Máy chủ SensorThings trả lời {url} bằng lỗi: HTTP {status} {reason}. Hãy thử lại sau; nếu vẫn lỗi, hãy báo cho đơn vị vận hành máy chủ.</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/sync/bundles.py" line="232" />
   <location filename="../mymap_plugin/sync/bundles.py" line="254" />
   <location filename="../mymap_plugin/sync/bundles.py" line="227" />
   <source>its description (the table meta) is malformed</source>
   <translation>phần mô tả của gói (bảng meta) bị sai dạng</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/sync/bundles.py" line="214" />
   <source>{} is not a MyMap change bundle (or it is damaged); nothing was imported.</source>
   <translation>{} không phải là gói thay đổi của MyMap (hoặc gói đã bị hỏng); không có gì được nhập.</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/sync/bundles.py" line="247" />
   <source>a number in its table {} is malformed</source>
   <translation>một con số trong bảng {} của gói bị sai dạng</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/sync/bundles.py" line="321" />
   <location filename="../mymap_plugin/sync/bundles.py" line="339" />
   <source>This bundle holds the shared map's history: import it into a working copy.</source>
   <translation>Gói này chứa lịch sử của bản đồ dùng chung: hãy nhập gói vào một bản sao làm việc.</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/sync/bundles.py" line="53" />
   <source>{} already exists; choose a new file name. Nothing was overwritten.</source>
   <translation>{} đã tồn tại; hãy chọn tên tệp mới. Không có gì bị ghi đè.</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/sync/bundles.py" line="55" />
   <location filename="../mymap_plugin/sync/checkout.py" line="66" />
   <location filename="../mymap_plugin/sync/qfield_package.py" line="89" />
   <source>The folder {} does not exist.</source>
   <translation>Thư mục {} không tồn tại.</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/sync/bundles.py" line="107" />
   <location filename="../mymap_plugin/sync/bundles.py" line="304" />
   <source>{} does not exist.</source>
   <translation>{} không tồn tại.</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/sync/bundles.py" line="230" />
   <source>{} was written by a different version of MyMap and cannot be read.</source>
   <translation>{} được ghi bởi một phiên bản MyMap khác nên không thể đọc được.</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/sync/bundles.py" line="270" />
   <location filename="../mymap_plugin/sync/bundles.py" line="284" />
   <location filename="../mymap_plugin/sync/bundles.py" line="267" />
   <source>row {} of its table {} cannot be read</source>
   <translation>không đọc được dòng {} trong bảng {} của gói</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/sync/bundles.py" line="299" />
   <source>The bundle {} does not exist.</source>
   <translation>Gói thay đổi {} không tồn tại.</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/sync/bundles.py" line="317" />
   <source>This bundle holds a working copy's edits: import it into the shared map.</source>
   <translation>Gói này chứa các chỉnh sửa của một bản sao làm việc: hãy nhập gói vào bản đồ dùng chung.</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/sync/bundles.py" line="367" />
   <source>The bundle starts after change {} of the shared map, but this working copy needs the history from change {}. Export the bundle again from an earlier point.</source>
   <translation>Gói thay đổi bắt đầu sau thay đổi số {} của bản đồ dùng chung, nhưng bản sao làm việc này cần lịch sử từ thay đổi số {}. Hãy xuất lại gói từ một thời điểm sớm hơn.</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/sync/bundles.py" line="115" />
   <source>{} is neither a working copy nor a shared map.</source>
   <translation>{} không phải là bản sao làm việc, cũng không phải là bản đồ dùng chung.</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/sync/bundles.py" line="124" />
   <source>The working copy has no edits to send.</source>
   <translation>Bản sao làm việc không có chỉnh sửa nào cần gửi.</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/sync/bundles.py" line="207" />
   <source>The bundle {} is damaged or was not written by MyMap ({}). Nothing was imported.</source>
   <translation>Gói thay đổi {} bị hỏng hoặc không phải do MyMap tạo ra ({}). Không có gì được nhập.</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/sync/bundles.py" line="313" />
   <location filename="../mymap_plugin/sync/bundles.py" line="336" />
   <source>The bundle {} belongs to another shared map; nothing was imported.</source>
   <translation>Gói thay đổi {} thuộc về một bản đồ dùng chung khác; không có gì được nhập.</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/sync/bundles.py" line="205" />
   <source>it cannot be read: {}</source>
   <translation>không đọc được gói: {}</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/sync/bundles.py" line="184" />
   <source>the table {} is missing or incomplete</source>
   <translation>thiếu bảng {} hoặc bảng không đầy đủ</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/sync/checkout.py" line="34" />
   <source>The editor name is too long (at most 100 characters).</source>
   <translation>Tên người chỉnh sửa quá dài (tối đa 100 ký tự).</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/sync/checkout.py" line="68" />
   <source>The working copy cannot be the shared map itself.</source>
   <translation>Bản sao làm việc không được là chính bản đồ dùng chung.</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/sync/checkout.py" line="45" />
   <source>{} cannot be read or written: {}. Nothing was changed.</source>
   <translation>Không thể đọc hoặc ghi {}: {}. Không có gì bị thay đổi.</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/sync/checkout.py" line="57" />
   <source>The shared map {} does not exist or cannot be reached.</source>
   <translation>Bản đồ dùng chung {} không tồn tại hoặc không thể truy cập.</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/sync/checkout.py" line="93" />
   <source>Working copy written.</source>
   <translation>Đã ghi bản sao làm việc.</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/sync/checkout.py" line="41" />
   <source>The disk holding {} is full. Nothing was changed; free some space and try again.</source>
   <translation>Ổ đĩa chứa {} đã đầy. Không có gì bị thay đổi; hãy giải phóng bớt dung lượng rồi thử lại.</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/sync/checkout.py" line="44" />
   <source>{} is read-only. Nothing was changed.</source>
   <translation>{} chỉ cho phép đọc. Không có gì bị thay đổi.</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/sync/checkout.py" line="61" />
   <source>The working copy must be a .gpkg file: {}</source>
   <translation>Bản sao làm việc phải là tệp .gpkg: {}</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/sync/checkout.py" line="63" />
   <source>{} already exists. Choose a new file name for the working copy; nothing was overwritten.</source>
   <translation>{} đã tồn tại. Hãy chọn tên tệp mới cho bản sao làm việc; không có gì bị ghi đè.</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/sync/checkout.py" line="89" />
   <source>Copying the shared map…</source>
   <translation>Đang sao chép bản đồ dùng chung…</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/sync/checkout.py" line="74" />
   <source>The working copy cannot be written in {}: {}</source>
   <translation>Không thể ghi bản sao làm việc vào {}: {}</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/sync/checkout.py" line="80" />
   <location filename="../mymap_plugin/sync/geopackage_shared_map.py" line="93" />
   <source>{} is a working copy, not a shared map. Choose the shared GeoPackage.</source>
   <translation>{} là bản sao làm việc, không phải bản đồ dùng chung. Hãy chọn tệp GeoPackage dùng chung.</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/sync/conflicts.py" line="120" />
   <source>restored</source>
   <translation>đã khôi phục</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/sync/conflicts.py" line="94" />
   <source>kept the version in the shared map</source>
   <translation>đã giữ phiên bản trong bản đồ dùng chung</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/sync/conflicts.py" line="108" />
   <source>deleted again</source>
   <translation>đã xóa lại</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/sync/conflicts.py" line="111" />
   <source>The feature already exists in the working copy.</source>
   <translation>Đối tượng đã có trong bản sao làm việc.</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/sync/conflicts.py" line="101" />
   <source>The feature no longer exists; restore it first.</source>
   <translation>Đối tượng không còn tồn tại; hãy khôi phục đối tượng trước.</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/sync/conflicts.py" line="105" />
   <source>{} set to {}</source>
   <translation>Đã đặt {} thành {}</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/sync/conflicts.py" line="65" />
   <source>Unknown choice {}: use mine, theirs, value or restore.</source>
   <translation>Lựa chọn {} không xác định: hãy dùng mine, theirs, value hoặc restore.</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/sync/conflicts.py" line="118" />
   <source>Unknown table {}.</source>
   <translation>Bảng {} không xác định.</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/sync/conflicts.py" line="84" />
   <source>The choice breaks a rule of the ward map ({}); nothing was changed.</source>
   <translation>Lựa chọn này vi phạm một quy tắc của bản đồ phường ({}); không có gì bị thay đổi.</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/sync/conflicts.py" line="97" />
   <source>The field {} is no longer in the layer {}, so this conflict can only be closed with “theirs”.</source>
   <translation>Trường {} không còn trong lớp {}, nên xung đột này chỉ có thể đóng bằng lựa chọn “theirs”.</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/sync/conflicts.py" line="72" />
   <source>There is no conflict number {} in {}.</source>
   <translation>Không có xung đột số {} trong {}.</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/sync/conflicts.py" line="75" />
   <source>Conflict {} was already resolved ({}).</source>
   <translation>Xung đột {} đã được giải quyết trước đó ({}).</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/sync/conflicts.py" line="77" />
   <source>“{}” does not apply to this conflict; possible: {}.</source>
   <translation>“{}” không áp dụng cho xung đột này; có thể chọn: {}.</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/sync/gui/sync_panel.py" line="25" />
   <source>Both changed this field</source>
   <translation>Cả hai cùng sửa trường này</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/sync/gui/sync_panel.py" line="26" />
   <source>Both added this feature</source>
   <translation>Cả hai cùng thêm đối tượng này</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/sync/gui/sync_panel.py" line="27" />
   <source>I changed it, it was deleted</source>
   <translation>Tôi đã sửa, người khác đã xóa</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/sync/gui/sync_panel.py" line="28" />
   <source>I deleted it, it was changed</source>
   <translation>Tôi đã xóa, người khác đã sửa</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/sync/gui/sync_panel.py" line="29" />
   <source>My new feature was refused</source>
   <translation>Đối tượng mới của tôi bị từ chối</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/sync/gui/sync_panel.py" line="51" />
   <source>MyMap sync</source>
   <translation>Đồng bộ MyMap</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/sync/gui/sync_panel.py" line="68" />
   <source>Sync now</source>
   <translation>Đồng bộ ngay</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/sync/gui/sync_panel.py" line="83" />
   <source>Zoom to</source>
   <translation>Phóng tới</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/sync/gui/sync_panel.py" line="84" />
   <location filename="../mymap_plugin/sync/processing/resolve_conflict_algorithm.py" line="29" />
   <source>Keep mine</source>
   <translation>Giữ bản của tôi</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/sync/gui/sync_panel.py" line="85" />
   <location filename="../mymap_plugin/sync/processing/resolve_conflict_algorithm.py" line="29" />
   <source>Keep theirs</source>
   <translation>Giữ bản của người khác</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/sync/gui/sync_panel.py" line="86" />
   <source>Edit value…</source>
   <translation>Chỉnh sửa giá trị…</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/sync/gui/sync_panel.py" line="87" />
   <source>Restore feature</source>
   <translation>Khôi phục đối tượng</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/sync/gui/sync_panel.py" line="100" />
   <location filename="../mymap_plugin/sync/gui/sync_panel.py" line="328" />
   <location filename="../mymap_plugin/sync/processing/import_changes_algorithm.py" line="30" />
   <source>Conflicts</source>
   <translation>Xung đột</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/sync/gui/sync_panel.py" line="104" />
   <source>Select a feature of the working copy to see its history.</source>
   <translation>Hãy chọn một đối tượng của bản sao làm việc để xem lịch sử của đối tượng đó.</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/sync/gui/sync_panel.py" line="109" />
   <source>Revert this changeset</source>
   <translation>Hoàn tác lượt thay đổi này</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/sync/gui/sync_panel.py" line="112" />
   <location filename="../mymap_plugin/sync/gui/sync_panel.py" line="452" />
   <location filename="../mymap_plugin/sync/gui/sync_panel.py" line="455" />
   <source>History</source>
   <translation>Lịch sử</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/sync/gui/sync_panel.py" line="340" />
   <source>Edit value</source>
   <translation>Chỉnh sửa giá trị</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/sync/gui/sync_panel.py" line="76" />
   <source>Layer</source>
   <translation>Lớp</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/sync/gui/sync_panel.py" line="76" />
   <source>Asset</source>
   <translation>Tài sản</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/sync/gui/sync_panel.py" line="76" />
   <source>Conflict</source>
   <translation>Xung đột</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/sync/gui/sync_panel.py" line="76" />
   <location filename="../mymap_plugin/sync/gui/sync_panel.py" line="107" />
   <source>Field</source>
   <translation>Trường</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/sync/gui/sync_panel.py" line="76" />
   <source>Base</source>
   <translation>Gốc</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/sync/gui/sync_panel.py" line="76" />
   <source>Mine</source>
   <translation>Của tôi</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/sync/gui/sync_panel.py" line="77" />
   <source>Theirs</source>
   <translation>Của người khác</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/sync/gui/sync_panel.py" line="107" />
   <source>When (UTC)</source>
   <translation>Thời điểm (UTC)</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/sync/gui/sync_panel.py" line="107" />
   <source>Who</source>
   <translation>Người chỉnh sửa</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/sync/gui/sync_panel.py" line="107" />
   <source>From</source>
   <translation>Từ</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/sync/gui/sync_panel.py" line="107" />
   <source>To</source>
   <translation>Thành</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/sync/gui/sync_panel.py" line="160" />
   <source>No working copy is open. Check out a working copy of the shared ward map (MyMap ▸ Check out a working copy…) and open it.</source>
   <translation>Chưa mở bản sao làm việc nào. Hãy lấy bản sao làm việc của bản đồ phường dùng chung (MyMap ▸ Lấy bản sao làm việc…) rồi mở bản sao đó.</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/sync/gui/sync_panel.py" line="179" />
   <source>Syncing…</source>
   <translation>Đang đồng bộ…</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/sync/gui/sync_panel.py" line="256" />
   <source>cancelled</source>
   <translation>đã hủy</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/sync/gui/sync_panel.py" line="422" />
   <source>History is kept for working copies only.</source>
   <translation>Lịch sử chỉ được lưu cho bản sao làm việc.</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/sync/gui/sync_panel.py" line="438" />
   <source>not sent yet</source>
   <translation>chưa gửi</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/sync/gui/sync_panel.py" line="452" />
   <source>This edit is not sent yet; undo it in the layer instead.</source>
   <translation>Chỉnh sửa này chưa được gửi; hãy hoàn tác trực tiếp trên lớp.</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/sync/gui/sync_panel.py" line="171" />
   <source>Working copy: {} (editor {})</source>
   <translation>Bản sao làm việc: {} (người chỉnh sửa {})</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/sync/gui/sync_panel.py" line="172" />
   <source>Edits not yet sent: {}</source>
   <translation>Chỉnh sửa chưa gửi: {}</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/sync/gui/sync_panel.py" line="173" />
   <source>Last sync: {} UTC</source>
   <translation>Lần đồng bộ gần nhất: {} UTC</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/sync/gui/sync_panel.py" line="174" />
   <source>Shared map: {}</source>
   <translation>Bản đồ dùng chung: {}</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/sync/gui/sync_panel.py" line="174" />
   <source>reachable</source>
   <translation>truy cập được</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/sync/gui/sync_panel.py" line="174" />
   <source>NOT reachable</source>
   <translation>KHÔNG truy cập được</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/sync/gui/sync_panel.py" line="175" />
   <source>Open conflicts: {}</source>
   <translation>Xung đột chưa giải quyết: {}</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/sync/gui/sync_panel.py" line="184" />
   <source>Sync ({})</source>
   <translation>Đồng bộ ({})</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/sync/gui/sync_panel.py" line="206" />
   <source>These layers have edits that are not saved yet: {}. Save them and sync?</source>
   <translation>Các lớp sau có chỉnh sửa chưa lưu: {}. Lưu các chỉnh sửa này rồi đồng bộ?</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/sync/gui/sync_panel.py" line="248" />
   <source>Sync finished: {} sent, {} received, {} conflicts.</source>
   <translation>Đồng bộ xong: đã gửi {}, đã nhận {}, {} xung đột.</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/sync/gui/sync_panel.py" line="285" />
   <source>Geometry</source>
   <translation>Hình học</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/sync/gui/sync_panel.py" line="331" />
   <source>Conflict resolved: {}. It is sent with the next sync.</source>
   <translation>Đã giải quyết xung đột: {}. Kết quả sẽ được gửi trong lần đồng bộ tiếp theo.</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/sync/gui/sync_panel.py" line="340" />
   <source>New value for {}:</source>
   <translation>Giá trị mới cho {}:</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/sync/gui/sync_panel.py" line="429" />
   <source>History of {} ({} changes)</source>
   <translation>Lịch sử của {} ({} thay đổi)</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/sync/gui/sync_panel.py" line="466" />
   <source>Changeset reverted: {} features; {} fields changed since were left as they are.</source>
   <translation>Đã hoàn tác lượt thay đổi: {} đối tượng; {} trường đã bị thay đổi sau đó được giữ nguyên.</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/sync/gui/sync_panel.py" line="177" />
   <source>Layers with unsaved edits: {}</source>
   <translation>Các lớp có chỉnh sửa chưa lưu: {}</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/sync/gui/sync_panel.py" line="181" />
   <source>Last sync failed: {}</source>
   <translation>Lần đồng bộ gần nhất không thành công: {}</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/sync/gui/sync_panel.py" line="220" />
   <source>Edits in {} could not be saved: {}</source>
   <translation>Không lưu được các chỉnh sửa trong {}: {}</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/sync/gui/sync_panel.py" line="257" />
   <source>The sync did not finish: {}</source>
   <translation>Đồng bộ chưa hoàn tất: {}</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/sync/gui/sync_panel.py" line="168" />
   <source>The working copy cannot be read: {}</source>
   <translation>Không thể đọc bản sao làm việc: {}</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/sync/gui/sync_panel.py" line="359" />
   <source>“{}” is not a number.</source>
   <translation>“{}” không phải là số.</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/sync/gui/sync_panel.py" line="455" />
   <source>Undo every change of this changeset by {} (a new edit, sent with the next sync)?</source>
   <translation>Hoàn tác mọi thay đổi trong lượt thay đổi này của {} (bằng một chỉnh sửa mới, được gửi trong lần đồng bộ tiếp theo)?</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/sync/gui/value_text.py" line="19" />
   <source>(empty)</source>
   <translation>(trống)</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/sync/gui/value_text.py" line="22" />
   <source>(geometry)</source>
   <translation>(hình học)</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/sync/gui/value_text.py" line="25" />
   <source>whole feature {}</source>
   <translation>toàn bộ đối tượng {}</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/sync/history.py" line="64" />
   <source>The changeset {} is not in the history of {}.</source>
   <translation>Lượt thay đổi {} không có trong lịch sử của {}.</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/sync/history.py" line="102" />
   <source>Reverting would break a rule of the ward map ({}); nothing was changed.</source>
   <translation>Việc hoàn tác sẽ vi phạm một quy tắc của bản đồ phường ({}); không có gì bị thay đổi.</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/sync/incoming_changes.py" line="291" />
   <source>it is not a GeoPackage geometry</source>
   <translation>đây không phải là hình học GeoPackage</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/sync/incoming_changes.py" line="295" />
   <source>its header is of an unknown version or kind</source>
   <translation>phần đầu của nó có phiên bản hoặc kiểu không xác định</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/sync/incoming_changes.py" line="301" />
   <location filename="../mymap_plugin/sync/incoming_changes.py" line="313" />
   <source>its Z or M values do not match the layer</source>
   <translation>giá trị Z hoặc M của nó không khớp với lớp</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/sync/incoming_changes.py" line="305" />
   <source>its WKB is cut short, damaged or followed by stray bytes</source>
   <translation>dữ liệu WKB của nó bị cắt cụt, bị hỏng hoặc có byte thừa phía sau</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/sync/incoming_changes.py" line="316" />
   <source>its header says empty and its content does not, or the other way round</source>
   <translation>phần đầu ghi là rỗng nhưng nội dung không rỗng, hoặc ngược lại</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/sync/incoming_changes.py" line="360" />
   <source>its coordinates are not all finite numbers</source>
   <translation>không phải mọi tọa độ đều là số hữu hạn</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/sync/incoming_changes.py" line="362" />
   <location filename="../mymap_plugin/sync/incoming_changes.py" line="352" />
   <source>it has an empty part</source>
   <translation>nó có một phần rỗng</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/sync/incoming_changes.py" line="325" />
   <source>the envelope in its header does not fit its coordinates</source>
   <translation>khung bao trong phần đầu không khớp với tọa độ</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/sync/incoming_changes.py" line="365" />
   <source>a ring is open or has fewer than 4 points</source>
   <translation>một vòng bị hở hoặc có ít hơn 4 điểm</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/sync/incoming_changes.py" line="367" />
   <source>a line has fewer than 2 points</source>
   <translation>một đường có ít hơn 2 điểm</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/sync/incoming_changes.py" line="194" />
   <source>{}: the field {} does not exist in the table {} of this map (add it here first, with the same name and type).</source>
   <translation>{}: trường {} không có trong bảng {} của bản đồ này (hãy thêm trường vào đây trước, cùng tên và kiểu).</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/sync/incoming_changes.py" line="197" />
   <source>{}: the value of {} is neither text, a number nor a geometry.</source>
   <translation>{}: giá trị của {} không phải văn bản, số hay hình học.</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/sync/incoming_changes.py" line="199" />
   <source>{}: {} holds {} characters of text, more than the {} allowed.</source>
   <translation>{}: {} chứa {} ký tự, vượt quá mức cho phép {} ký tự.</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/sync/incoming_changes.py" line="202" />
   <source>{}: {} holds {} bytes, more than the {} allowed.</source>
   <translation>{}: {} chứa {} byte, vượt quá mức cho phép {} byte.</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/sync/incoming_changes.py" line="205" />
   <source>{}: the number in {} is too large.</source>
   <translation>{}: số trong {} quá lớn.</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/sync/incoming_changes.py" line="207" />
   <source>{}: {} must be a finite number, not {}.</source>
   <translation>{}: {} phải là một số hữu hạn, không phải {}.</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/sync/incoming_changes.py" line="223" />
   <source>{}: {} is not an allowed value of {} (allowed: {}).</source>
   <translation>{}: {} không phải là giá trị cho phép của {} (được phép: {}).</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/sync/incoming_changes.py" line="228" />
   <source>{}: {} = {} is outside the allowed range {} to {}.</source>
   <translation>{}: {} = {} nằm ngoài khoảng cho phép từ {} đến {}.</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/sync/incoming_changes.py" line="281" />
   <source>{}: {} must be a GeoPackage geometry, not {}.</source>
   <translation>{}: {} phải là hình học GeoPackage, không phải {}.</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/sync/incoming_changes.py" line="284" />
   <source>{}: the geometry in {} is unusable: {}.</source>
   <translation>{}: hình học trong {} không dùng được: {}.</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/sync/incoming_changes.py" line="299" />
   <source>it is in the coordinate system {}, the layer in {}</source>
   <translation>nó thuộc hệ tọa độ {}, còn lớp dùng hệ {}</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/sync/incoming_changes.py" line="309" />
   <source>it is a {}, but the layer holds {} geometries</source>
   <translation>nó là {}, nhưng lớp chỉ chứa hình học kiểu {}</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/sync/incoming_changes.py" line="68" />
   <source>The bundle {} holds {} changes, more than the {} one bundle may hold. Nothing was imported; export smaller bundles.</source>
   <translation>Gói thay đổi {} chứa {} thay đổi, nhiều hơn mức {} mà một gói được phép chứa. Không có gì được nhập; hãy xuất các gói nhỏ hơn.</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/sync/incoming_changes.py" line="95" />
   <source>The bundle {} was refused and nothing was imported: {}</source>
   <translation>Gói thay đổi {} bị từ chối và không có gì được nhập: {}</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/sync/incoming_changes.py" line="148" />
   <source>{} is not a table that MyMap syncs.</source>
   <translation>{} không phải là bảng mà MyMap đồng bộ.</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/sync/incoming_changes.py" line="150" />
   <source>In {}, {} is not a feature identifier (UUID).</source>
   <translation>Trong {}, {} không phải là mã định danh đối tượng (UUID).</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/sync/incoming_changes.py" line="212" />
   <source>{}: the row's own identifier {} is not the feature's.</source>
   <translation>{}: mã định danh {} ghi trong dòng không trùng với mã của đối tượng.</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/sync/incoming_changes.py" line="243" />
   <source>{}: {} must be text, not {}.</source>
   <translation>{}: {} phải là văn bản, không phải {}.</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/sync/incoming_changes.py" line="155" />
   <source>{}: the change has neither the row before nor the row after.</source>
   <translation>{}: thay đổi không có dòng trước cũng không có dòng sau.</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/sync/incoming_changes.py" line="158" />
   <source>{}: the feature appears more than once in the bundle.</source>
   <translation>{}: đối tượng xuất hiện nhiều lần trong gói.</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/sync/incoming_changes.py" line="163" />
   <source>{}: {} is not a kind of change MyMap knows.</source>
   <translation>{}: {} không phải là loại thay đổi mà MyMap biết.</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/sync/incoming_changes.py" line="165" />
   <source>{}: the rows before and after do not fit a change of kind {}.</source>
   <translation>{}: dòng trước và dòng sau không phù hợp với thay đổi loại {}.</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/sync/incoming_changes.py" line="167" />
   <source>{}: {} is not a changeset identifier.</source>
   <translation>{}: {} không phải là mã định danh của một lần thay đổi (changeset).</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/sync/incoming_changes.py" line="175" />
   <source>{}: a row of the change is not a set of fields and values.</source>
   <translation>{}: một dòng của thay đổi không phải là tập hợp các trường và giá trị.</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/sync/incoming_changes.py" line="246" />
   <source>{}: {} must be a whole number, not {}.</source>
   <translation>{}: {} phải là số nguyên, không phải {}.</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/sync/incoming_changes.py" line="185" />
   <source>{}: the field {} needs a value.</source>
   <translation>{}: trường {} phải có giá trị.</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/sync/incoming_changes.py" line="249" />
   <source>{}: {} must be a number, not {}.</source>
   <translation>{}: {} phải là một số, không phải {}.</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/sync/incoming_changes.py" line="252" />
   <source>{}: {} must be 0 (no) or 1 (yes), not {}.</source>
   <translation>{}: {} phải là 0 (không) hoặc 1 (có), không phải {}.</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/sync/incoming_changes.py" line="255" />
   <source>{}: {} must be a date written YYYY-MM-DD, not {}.</source>
   <translation>{}: {} phải là ngày viết theo dạng YYYY-MM-DD, không phải {}.</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/sync/incoming_changes.py" line="259" />
   <source>{}: {} must be a date and time written YYYY-MM-DDTHH:MM:SS, not {}.</source>
   <translation>{}: {} phải là ngày giờ viết theo dạng YYYY-MM-DDTHH:MM:SS, không phải {}.</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/sync/journal_mode.py" line="217" />
   <source>The shared map {} is being edited in this QGIS (layers: {}). Save or cancel those edits (Toggle Editing), then try again. The shared map was not changed.</source>
   <translation>Bản đồ dùng chung {} đang được chỉnh sửa trong QGIS này (lớp: {}). Hãy lưu hoặc hủy các chỉnh sửa đó (Bật/tắt chỉnh sửa), rồi thử lại. Bản đồ dùng chung không bị thay đổi.</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/sync/journal_mode.py" line="223" />
   <source>The shared map {} is in WAL mode, which is unsafe on a network share: a program on the computer that stores it (usually QGIS without the MyMap plugin) keeps it open after editing. Close the map in that program, then try again. The shared map was not changed.</source>
   <translation>Bản đồ dùng chung {} đang ở chế độ WAL, không an toàn trên ổ mạng dùng chung: một chương trình trên máy tính lưu tệp này (thường là QGIS chưa có plugin MyMap) vẫn mở tệp sau khi chỉnh sửa. Hãy đóng bản đồ trong chương trình đó, rồi thử lại. Bản đồ dùng chung không bị thay đổi.</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/sync/processing/checkout_algorithm.py" line="39" />
   <source>Makes a working copy of the shared ward map for one editor. The shared map is a GeoPackage (on a network drive or USB stick) or a ward in PostgreSQL, given by its address, e.g. SHARED="service=city schema=ward_12103" or "host=… port=… dbname=… user=… schema=…" (never with a password). Edit the working copy like any ward map, in QGIS, QField or other programs; “Sync working copy” then sends your edits and brings in everybody else's.</source>
   <translation>Tạo một bản sao làm việc của bản đồ phường dùng chung cho một người chỉnh sửa. Bản đồ dùng chung là một GeoPackage (trên ổ mạng hoặc USB) hoặc một phường trong PostgreSQL, cho bằng địa chỉ của nó, ví dụ SHARED="service=city schema=ward_12103" hoặc "host=… port=… dbname=… user=… schema=…" (không bao giờ kèm mật khẩu). Chỉnh sửa bản sao làm việc như mọi bản đồ phường khác, trong QGIS, QField hoặc các chương trình khác; sau đó “Đồng bộ bản sao làm việc” sẽ gửi các chỉnh sửa của bạn và nhận về chỉnh sửa của mọi người khác.</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/sync/processing/checkout_algorithm.py" line="50" />
   <source>Check out a working copy</source>
   <translation>Lấy bản sao làm việc</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/sync/processing/checkout_algorithm.py" line="63" />
   <location filename="../mymap_plugin/sync/processing/package_for_qfield_algorithm.py" line="60" />
   <location filename="../mymap_plugin/sync/processing/sync_algorithm.py" line="41" />
   <source>The shared ward map</source>
   <translation>Bản đồ phường dùng chung</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/sync/processing/checkout_algorithm.py" line="54" />
   <source>Shared ward map (GeoPackage or PostgreSQL address)</source>
   <translation>Bản đồ phường dùng chung (GeoPackage hoặc địa chỉ PostgreSQL)</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/sync/processing/checkout_algorithm.py" line="58" />
   <source>Working copy</source>
   <translation>Bản sao làm việc</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/sync/processing/checkout_algorithm.py" line="60" />
   <source>Changes in the shared history so far</source>
   <translation>Số thay đổi trong lịch sử dùng chung đến nay</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/sync/processing/checkout_algorithm.py" line="68" />
   <source>Choose where to save the working copy: a temporary file would be deleted, and the edits in it lost, when QGIS closes.</source>
   <translation>Hãy chọn nơi lưu bản sao làm việc: tệp tạm sẽ bị xoá khi đóng QGIS, cùng mọi chỉnh sửa trong đó.</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/sync/processing/checkout_algorithm.py" line="77" />
   <source>Working copy for {} written: {}</source>
   <translation>Đã ghi bản sao làm việc cho {}: {}</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/sync/processing/export_changes_algorithm.py" line="15" />
   <source>Writes a change bundle (.mymapsync) to carry on a USB stick. From a working copy: its edits not yet sent, to import into the shared map. From the shared map (a GeoPackage, or a ward in PostgreSQL given by its address, e.g. “service=city schema=ward_12103”): its history (from change SINCE on), to import into working copies that cannot reach the share.</source>
   <translation>Ghi một gói thay đổi (.mymapsync) để mang đi bằng USB. Từ bản sao làm việc: các chỉnh sửa chưa gửi, để nhập vào bản đồ dùng chung. Từ bản đồ dùng chung (một GeoPackage, hoặc một phường trong PostgreSQL cho bằng địa chỉ của nó, ví dụ “service=city schema=ward_12103”): lịch sử (từ thay đổi SINCE trở đi), để nhập vào các bản sao làm việc không truy cập được bản đồ dùng chung.</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/sync/processing/export_changes_algorithm.py" line="24" />
   <source>Export changes to a bundle</source>
   <translation>Xuất gói thay đổi</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/sync/processing/export_changes_algorithm.py" line="38" />
   <source>The working copy or shared ward map</source>
   <translation>Bản sao làm việc hoặc bản đồ phường dùng chung</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/sync/processing/export_changes_algorithm.py" line="28" />
   <source>Working copy or shared ward map (GeoPackage or PostgreSQL address)</source>
   <translation>Bản sao làm việc hoặc bản đồ phường dùng chung (GeoPackage hoặc địa chỉ PostgreSQL)</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/sync/processing/export_changes_algorithm.py" line="30" />
   <location filename="../mymap_plugin/sync/processing/import_changes_algorithm.py" line="25" />
   <source>Change bundle</source>
   <translation>Gói thay đổi</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/sync/processing/export_changes_algorithm.py" line="30" />
   <source>MyMap change bundle (*.mymapsync)</source>
   <translation>Gói thay đổi MyMap (*.mymapsync)</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/sync/processing/export_changes_algorithm.py" line="34" />
   <source>Bundle kind</source>
   <translation>Loại gói</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/sync/processing/export_changes_algorithm.py" line="35" />
   <source>Changes in the bundle</source>
   <translation>Số thay đổi trong gói</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/sync/processing/export_changes_algorithm.py" line="32" />
   <source>From the shared map: history after change number</source>
   <translation>Từ bản đồ dùng chung: lịch sử sau thay đổi số</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/sync/processing/export_changes_algorithm.py" line="48" />
   <source>{} changes written to {}</source>
   <translation>Đã ghi {} thay đổi vào {}</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/sync/processing/import_changes_algorithm.py" line="13" />
   <source>Imports a change bundle: a working copy's edits into the shared map (merged like a sync; a GeoPackage, or a ward in PostgreSQL given by its address, e.g. “service=city schema=ward_12103”), or the shared map's history into a working copy. Importing the same bundle again changes nothing.</source>
   <translation>Nhập một gói thay đổi: các chỉnh sửa của bản sao làm việc vào bản đồ dùng chung (hợp nhất như khi đồng bộ; một GeoPackage, hoặc một phường trong PostgreSQL cho bằng địa chỉ của nó, ví dụ “service=city schema=ward_12103”), hoặc lịch sử của bản đồ dùng chung vào bản sao làm việc. Nhập lại cùng một gói sẽ không thay đổi gì.</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/sync/processing/import_changes_algorithm.py" line="22" />
   <source>Import changes from a bundle</source>
   <translation>Nhập gói thay đổi</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/sync/processing/import_changes_algorithm.py" line="35" />
   <source>The shared ward map or working copy</source>
   <translation>Bản đồ phường dùng chung hoặc bản sao làm việc</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/sync/processing/import_changes_algorithm.py" line="27" />
   <source>Shared ward map (GeoPackage or PostgreSQL address) or working copy</source>
   <translation>Bản đồ phường dùng chung (GeoPackage hoặc địa chỉ PostgreSQL) hoặc bản sao làm việc</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/sync/processing/import_changes_algorithm.py" line="29" />
   <location filename="../mymap_plugin/sync/processing/sync_algorithm.py" line="35" />
   <source>Features sent</source>
   <translation>Số đối tượng đã gửi</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/sync/processing/import_changes_algorithm.py" line="29" />
   <location filename="../mymap_plugin/sync/processing/sync_algorithm.py" line="35" />
   <source>Features received</source>
   <translation>Số đối tượng đã nhận</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/sync/processing/import_changes_algorithm.py" line="32" />
   <source>The bundle had been imported before</source>
   <translation>Gói đã được nhập trước đó</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/sync/processing/import_changes_algorithm.py" line="45" />
   <source>This bundle had already been imported; nothing changed.</source>
   <translation>Gói này đã được nhập trước đó; không có gì thay đổi.</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/sync/processing/import_changes_algorithm.py" line="47" />
   <location filename="../mymap_plugin/sync/processing/sync_algorithm.py" line="52" />
   <source>Sent: {}, received: {}, conflicts: {}</source>
   <translation>Đã gửi: {}, đã nhận: {}, xung đột: {}</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/sync/processing/package_for_qfield_algorithm.py" line="29" />
   <source>Lays out a folder for a field team using QField on a phone or tablet: a working copy for the field editor (checked out from the shared map, or a copy of an existing working copy), a QGIS project with relative paths, the map themes and forms, and a DCIM folder for photos. Copy the whole folder to the device and open the project in QField. When the device comes back, sync the folder's GeoPackage like any working copy. Give the shared map or a working copy, not both; the output folder must be new or empty.</source>
   <translation>Chuẩn bị một thư mục cho tổ thực địa dùng QField trên điện thoại hoặc máy tính bảng: một bản sao làm việc cho người chỉnh sửa ngoài thực địa (lấy từ bản đồ dùng chung, hoặc chép từ một bản sao làm việc có sẵn), một dự án QGIS dùng đường dẫn tương đối, các chủ đề bản đồ và biểu mẫu, và thư mục DCIM để lưu ảnh. Chép cả thư mục vào thiết bị và mở dự án trong QField. Khi thiết bị mang về, đồng bộ tệp GeoPackage trong thư mục như mọi bản sao làm việc khác. Chọn bản đồ dùng chung hoặc một bản sao làm việc, không chọn cả hai; thư mục kết quả phải là thư mục mới hoặc trống.</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/sync/processing/package_for_qfield_algorithm.py" line="40" />
   <source>Package for QField</source>
   <translation>Đóng gói cho QField</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/sync/processing/package_for_qfield_algorithm.py" line="20" />
   <source>{} - QField</source>
   <translation>{} - QField</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/sync/processing/package_for_qfield_algorithm.py" line="45" />
   <source>Shared ward map, GeoPackage or PostgreSQL address (check out a new working copy)</source>
   <translation>Bản đồ phường dùng chung, GeoPackage hoặc địa chỉ PostgreSQL (lấy một bản sao làm việc mới)</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/sync/processing/package_for_qfield_algorithm.py" line="48" />
   <source>Or: an existing working copy to package</source>
   <translation>Hoặc: một bản sao làm việc có sẵn để đóng gói</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/sync/processing/package_for_qfield_algorithm.py" line="51" />
   <source>QField folder (new or empty)</source>
   <translation>Thư mục QField (mới hoặc trống)</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/sync/processing/package_for_qfield_algorithm.py" line="52" />
   <source>QGIS project for QField</source>
   <translation>Dự án QGIS cho QField</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/sync/processing/package_for_qfield_algorithm.py" line="53" />
   <source>Working copy in the folder</source>
   <translation>Bản sao làm việc trong thư mục</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/sync/processing/package_for_qfield_algorithm.py" line="58" />
   <location filename="../mymap_plugin/sync/qfield_package.py" line="41" />
   <source>Give either the shared map (to check out a new working copy) or an existing working copy to package, not both.</source>
   <translation>Hãy chọn hoặc bản đồ dùng chung (để lấy một bản sao làm việc mới), hoặc một bản sao làm việc có sẵn để đóng gói, không chọn cả hai.</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/sync/processing/package_for_qfield_algorithm.py" line="65" />
   <source>Choose a folder for the QField package: a temporary folder would be deleted, and the field edits in it lost, when QGIS closes.</source>
   <translation>Hãy chọn thư mục cho gói QField: thư mục tạm sẽ bị xóa khi đóng QGIS, và các chỉnh sửa thực địa trong đó sẽ mất.</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/sync/processing/package_for_qfield_algorithm.py" line="75" />
   <location filename="../mymap_plugin/sync/qfield_package.py" line="75" />
   <source>QField folder written: {}</source>
   <translation>Đã ghi thư mục QField: {}</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/sync/processing/resolve_conflict_algorithm.py" line="14" />
   <source>Resolves one conflict of a working copy: keep mine, keep theirs, set another value, or restore a feature that was deleted. The choice is an edit that the next sync sends.</source>
   <translation>Giải quyết một xung đột của bản sao làm việc: giữ bản của tôi, giữ bản của người khác, đặt một giá trị khác, hoặc khôi phục một đối tượng đã bị xóa. Lựa chọn này là một chỉnh sửa sẽ được gửi trong lần đồng bộ tiếp theo.</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/sync/processing/resolve_conflict_algorithm.py" line="21" />
   <source>Resolve a sync conflict</source>
   <translation>Giải quyết xung đột đồng bộ</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/sync/processing/resolve_conflict_algorithm.py" line="24" />
   <location filename="../mymap_plugin/sync/processing/revert_changeset_algorithm.py" line="22" />
   <location filename="../mymap_plugin/sync/processing/sync_algorithm.py" line="27" />
   <source>Working copy (GeoPackage)</source>
   <translation>Bản sao làm việc (GeoPackage)</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/sync/processing/resolve_conflict_algorithm.py" line="26" />
   <source>Conflict number</source>
   <translation>Số hiệu xung đột</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/sync/processing/resolve_conflict_algorithm.py" line="29" />
   <source>Choice</source>
   <translation>Lựa chọn</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/sync/processing/resolve_conflict_algorithm.py" line="31" />
   <source>Value (for “Set this value”)</source>
   <translation>Giá trị (cho “Đặt giá trị này”)</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/sync/processing/resolve_conflict_algorithm.py" line="32" />
   <source>What was done</source>
   <translation>Việc đã thực hiện</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/sync/processing/resolve_conflict_algorithm.py" line="29" />
   <source>Set this value</source>
   <translation>Đặt giá trị này</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/sync/processing/resolve_conflict_algorithm.py" line="29" />
   <source>Restore</source>
   <translation>Khôi phục</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/sync/processing/revert_changeset_algorithm.py" line="12" />
   <source>Undoes one changeset of the shared history with a new edit in the working copy (sent by the next sync). Fields changed again since are left as they are and reported.</source>
   <translation>Hoàn tác một lượt thay đổi trong lịch sử dùng chung bằng một chỉnh sửa mới trong bản sao làm việc (được gửi trong lần đồng bộ tiếp theo). Các trường đã bị thay đổi lại sau đó được giữ nguyên và được liệt kê trong báo cáo.</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/sync/processing/revert_changeset_algorithm.py" line="19" />
   <source>Revert a changeset</source>
   <translation>Hoàn tác lượt thay đổi</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/sync/processing/revert_changeset_algorithm.py" line="24" />
   <source>Changeset id</source>
   <translation>Mã lượt thay đổi</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/sync/processing/revert_changeset_algorithm.py" line="25" />
   <source>Features reverted</source>
   <translation>Số đối tượng đã hoàn tác</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/sync/processing/revert_changeset_algorithm.py" line="26" />
   <source>Fields left as they are (changed since)</source>
   <translation>Các trường được giữ nguyên (đã bị thay đổi sau đó)</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/sync/processing/revert_changeset_algorithm.py" line="33" />
   <source>Features reverted: {}</source>
   <translation>Số đối tượng đã hoàn tác: {}</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/sync/processing/revert_changeset_algorithm.py" line="32" />
   <source>{} {}: {} was changed again since; left as it is.</source>
   <translation>{} {}: {} đã bị thay đổi lại sau đó; được giữ nguyên.</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/sync/processing/sync_algorithm.py" line="14" />
   <source>Sends the edits made in a working copy to the shared ward map and brings in everybody else's, merging field by field. When two editors changed the same field (or one changed a feature the other deleted) the version already in the shared map is kept for now and the other goes into a conflict record, to be resolved in the Conflicts panel. Nothing is lost, even if the sync is interrupted: run it again.</source>
   <translation>Gửi các chỉnh sửa trong bản sao làm việc lên bản đồ phường dùng chung và nhận về chỉnh sửa của mọi người khác, hợp nhất theo từng trường. Khi hai người chỉnh sửa cùng thay đổi một trường (hoặc một người thay đổi đối tượng mà người kia đã xóa), phiên bản đang có trong bản đồ dùng chung được giữ tạm thời, còn phiên bản kia được ghi vào một bản ghi xung đột để giải quyết trong khung Xung đột. Không có dữ liệu nào bị mất, kể cả khi quá trình đồng bộ bị gián đoạn: chỉ cần chạy lại.</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/sync/processing/sync_algorithm.py" line="24" />
   <source>Sync working copy</source>
   <translation>Đồng bộ bản sao làm việc</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/sync/processing/sync_algorithm.py" line="30" />
   <source>Shared ward map (GeoPackage or PostgreSQL address), if it has moved (optional)</source>
   <translation>Bản đồ phường dùng chung (GeoPackage hoặc địa chỉ PostgreSQL), nếu đã chuyển chỗ (không bắt buộc)</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/sync/processing/sync_algorithm.py" line="36" />
   <source>Asset codes renumbered</source>
   <translation>Số mã tài sản đã đánh lại</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/sync/processing/sync_algorithm.py" line="38" />
   <source>Shared ward map</source>
   <translation>Bản đồ phường dùng chung</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/sync/processing/sync_algorithm.py" line="34" />
   <source>Back up the working copy first</source>
   <translation>Sao lưu bản sao làm việc trước</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/sync/processing/sync_algorithm.py" line="55" />
   <source>{} conflicts: open the Conflicts panel to resolve them.</source>
   <translation>Có {} xung đột: hãy mở khung Xung đột để giải quyết.</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/sync/processing/sync_algorithm.py" line="58" />
   <source>{} new assets got a different asset code because another editor used the same code first; reprint their QR tags.</source>
   <translation>Có {} tài sản mới được cấp mã tài sản khác do một người chỉnh sửa khác đã dùng mã đó trước; hãy in lại tem QR cho các tài sản này.</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/sync/processing/sync_parameters.py" line="24" />
   <source>A shared GeoPackage, or the address of a shared map in PostgreSQL such as service=city schema=ward_12103 or host=… dbname=… user=… schema=…</source>
   <translation>Một GeoPackage dùng chung, hoặc địa chỉ của một bản đồ dùng chung trong PostgreSQL như service=city schema=ward_12103 hoặc host=… dbname=… user=… schema=…</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/sync/processing/sync_parameters.py" line="14" />
   <source>Editor (name shown in the history)</source>
   <translation>Người chỉnh sửa (tên hiển thị trong lịch sử)</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/sync/processing/sync_parameters.py" line="43" />
   <source>{} must be a GeoPackage (.gpkg) or the address of a shared map in PostgreSQL, e.g. “service=city schema=ward_12103” or “host=… dbname=… user=… schema=…”: {}</source>
   <translation>{} phải là một GeoPackage (.gpkg) hoặc địa chỉ của một bản đồ dùng chung trong PostgreSQL, ví dụ “service=city schema=ward_12103” hoặc “host=… dbname=… user=… schema=…”: {}</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/sync/push.py" line="101" />
   <source>The shared map refused a change to the feature {} of the layer {}: {}. Nothing was sent and your edits are kept in your working copy. Correct the value (the form in QGIS shows the rule) and sync again.</source>
   <translation>Bản đồ dùng chung từ chối một thay đổi của đối tượng {} trong lớp {}: {}. Chưa gửi gì và các chỉnh sửa của bạn vẫn được giữ trong bản sao làm việc. Hãy sửa giá trị (biểu mẫu trong QGIS cho biết quy tắc) rồi đồng bộ lại.</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/sync/qfield_package.py" line="63" />
   <source>Writing the QGIS project…</source>
   <translation>Đang ghi dự án QGIS…</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/sync/qfield_package.py" line="61" />
   <source>Copying the working copy…</source>
   <translation>Đang chép bản sao làm việc…</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/sync/qfield_package.py" line="51" />
   <source>{} does not exist or cannot be reached.</source>
   <translation>{} không tồn tại hoặc không truy cập được.</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/sync/qfield_package.py" line="55" />
   <location filename="../mymap_plugin/sync/qfield_package.py" line="72" />
   <source>The QField folder {} cannot be written: {}</source>
   <translation>Không ghi được thư mục QField {}: {}</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/sync/qfield_package.py" line="83" />
   <source>{} is a file, not a folder. Choose a new or empty folder for the QField package.</source>
   <translation>{} là một tệp, không phải thư mục. Hãy chọn một thư mục mới hoặc trống cho gói QField.</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/sync/qfield_package.py" line="86" />
   <source>The folder {} is not empty. Choose a new or empty folder for the QField package; nothing was overwritten.</source>
   <translation>Thư mục {} không trống. Hãy chọn một thư mục mới hoặc trống cho gói QField; không có gì bị ghi đè.</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/sync/qfield_package.py" line="99" />
   <location filename="../mymap_plugin/sync/qfield_package.py" line="108" />
   <source>{} cannot be read: {}</source>
   <translation>Không đọc được {}: {}</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/sync/qfield_package.py" line="130" />
   <source>The QGIS project {} cannot be written: {}</source>
   <translation>Không ghi được dự án QGIS {}: {}</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/sync/schema_evolution.py" line="156" />
   <source>The shared map {} was upgraded by a newer MyMap (data version {}; this MyMap knows up to version {}). Update the MyMap plugin and sync again; nothing was changed and your edits are kept.</source>
   <translation>Bản đồ dùng chung {} đã được nâng cấp bởi phiên bản MyMap mới hơn (phiên bản dữ liệu {}; MyMap này chỉ biết tới phiên bản {}). Hãy cập nhật plugin MyMap rồi đồng bộ lại; không có gì bị thay đổi và các chỉnh sửa của bạn vẫn được giữ.</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/sync/schema_evolution.py" line="160" />
   <source>Your working copy has MyMap data version {} but the shared map {} has version {}. Nothing was synced and your edits are kept: ask your GIS officer to upgrade the shared map with the same MyMap version, then sync again.</source>
   <translation>Bản sao làm việc của bạn có phiên bản dữ liệu MyMap {} nhưng bản đồ dùng chung {} có phiên bản {}. Chưa có gì được đồng bộ và các chỉnh sửa của bạn vẫn được giữ: hãy nhờ cán bộ GIS nâng cấp bản đồ dùng chung bằng cùng phiên bản MyMap, rồi đồng bộ lại.</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/sync/schema_evolution.py" line="167" />
   <source>Fields were deleted from {}: {}. MyMap cannot sync a deleted field, so nothing was changed and your edits are kept. Add the field back there with the same name and type (or ask your GIS officer), then sync again.</source>
   <translation>Một số trường đã bị xóa khỏi {}: {}. MyMap không thể đồng bộ một trường đã bị xóa, nên không có gì bị thay đổi và các chỉnh sửa của bạn vẫn được giữ. Hãy thêm lại trường đó vào chính tệp ấy với cùng tên và kiểu (hoặc nhờ cán bộ GIS), rồi đồng bộ lại.</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/sync/schema_evolution.py" line="174" />
   <source>Some fields have a different type in your working copy and in the shared map {}: {}. MyMap cannot sync a field whose type was changed, so nothing was changed and your edits are kept. Give the field the same type on both sides (or ask your GIS officer), then sync again.</source>
   <translation>Một số trường có kiểu khác nhau giữa bản sao làm việc của bạn và bản đồ dùng chung {}: {}. MyMap không thể đồng bộ một trường đã bị đổi kiểu, nên không có gì bị thay đổi và các chỉnh sửa của bạn vẫn được giữ. Hãy đặt cùng một kiểu cho trường ở cả hai bên (hoặc nhờ cán bộ GIS), rồi đồng bộ lại.</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/sync/schema_evolution.py" line="179" />
   <source>Your working copy has fields that the shared map {} does not have: {}. Nothing was changed and your edits are kept. Add the same fields to the shared map first (in QGIS: open the layer from the shared map, Layer Properties → Fields → New field, same name and type), then sync again.</source>
   <translation>Bản sao làm việc của bạn có những trường mà bản đồ dùng chung {} không có: {}. Không có gì bị thay đổi và các chỉnh sửa của bạn vẫn được giữ. Trước hết hãy thêm đúng các trường đó vào bản đồ dùng chung (trong QGIS: mở lớp từ bản đồ dùng chung, Thuộc tính lớp → Trường → Trường mới, cùng tên và kiểu), rồi đồng bộ lại.</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/sync/schema_evolution.py" line="184" />
   <source>The fields of the shared map {} changed during this sync ({}). Nothing was synced and your edits are kept; sync again.</source>
   <translation>Các trường của bản đồ dùng chung {} đã thay đổi trong lúc đồng bộ ({}). Chưa có gì được đồng bộ và các chỉnh sửa của bạn vẫn được giữ; hãy đồng bộ lại.</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/sync/schema_evolution.py" line="275" />
   <source>The shared map has a table {} that MyMap does not sync, so it is not in your working copy and edits to it are not synced. To see it, add it to your QGIS project straight from the shared map {} (Layer → Add Layer → Add Vector Layer).</source>
   <translation>Bản đồ dùng chung có bảng {} mà MyMap không đồng bộ, nên bảng này không có trong bản sao làm việc của bạn và các chỉnh sửa trên bảng không được đồng bộ. Để xem bảng, hãy thêm nó vào dự án QGIS trực tiếp từ bản đồ dùng chung {} (Lớp → Thêm lớp → Thêm lớp vector).</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/sync/schema_evolution.py" line="172" />
   <source>{}.{} is {} in your working copy and {} in the shared map</source>
   <translation>{}.{} có kiểu {} trong bản sao làm việc và {} trong bản đồ dùng chung</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/sync/schema_evolution.py" line="301" />
   <source>Fields were added to your working copy ({}) and cannot be checked against the shared map {} (it cannot be reached, or it is not this copy's shared map). Nothing was changed and your edits are kept; sync again when the shared map can be reached.</source>
   <translation>Đã có trường được thêm vào bản sao làm việc của bạn ({}) nhưng không thể đối chiếu với bản đồ dùng chung {} (không truy cập được, hoặc đó không phải bản đồ dùng chung của bản sao này). Không có gì bị thay đổi và các chỉnh sửa của bạn vẫn được giữ; hãy đồng bộ lại khi truy cập được bản đồ dùng chung.</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/sync/share_lock.py" line="176" />
   <source>less than a minute</source>
   <translation>chưa đầy một phút</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/sync/share_lock.py" line="181" />
   <source>{} days</source>
   <translation>{} ngày</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/sync/share_lock.py" line="178" />
   <source>{} min</source>
   <translation>{} phút</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/sync/share_lock.py" line="180" />
   <source>{} hours</source>
   <translation>{} giờ</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/sync/share_lock.py" line="255" />
   <source>The shared map's folder is full or failing ({}). Your edits are kept in your working copy.</source>
   <translation>Thư mục chứa bản đồ dùng chung đã đầy hoặc đang gặp lỗi ({}). Các chỉnh sửa của bạn vẫn được giữ trong bản sao làm việc.</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/sync/share_lock.py" line="232" />
   <source>The shared map's folder {} is read-only, so nothing can be sent to it. Your edits are kept in your working copy.</source>
   <translation>Thư mục {} chứa bản đồ dùng chung chỉ cho phép đọc nên không thể gửi gì lên. Các chỉnh sửa của bạn vẫn được giữ trong bản sao làm việc.</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/sync/share_lock.py" line="236" />
   <source>The shared map cannot be reached ({}). Your edits are kept in your working copy; sync again when the share is back.</source>
   <translation>Không thể truy cập bản đồ dùng chung ({}). Các chỉnh sửa của bạn vẫn được giữ trong bản sao làm việc; hãy đồng bộ lại khi thư mục dùng chung truy cập được trở lại.</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/sync/shared_store.py" line="37" />
   <source>The shared map {} was moved to PostgreSQL: sync once with “{}” as the shared map (Processing: Sync working copy, SHARED); the address is then remembered. Nothing was changed and your edits are kept.</source>
   <translation>Bản đồ dùng chung {} đã được chuyển sang PostgreSQL: hãy đồng bộ một lần với “{}” làm bản đồ dùng chung (Processing: Sync working copy, SHARED); sau đó địa chỉ này được ghi nhớ. Không có gì bị thay đổi và các chỉnh sửa của bạn vẫn được giữ.</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/sync/sync_task.py" line="12" />
   <source>The sync failed: {}. Your edits are kept in your working copy.</source>
   <translation>Đồng bộ không thành công: {}. Các chỉnh sửa của bạn vẫn được giữ trong bản sao làm việc.</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/sync/sync_task.py" line="10" />
   <source>Syncing {}</source>
   <translation>Đang đồng bộ {}</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/sync/sync_working_copy.py" line="148" />
   <source>Waiting for the shared map…</source>
   <translation>Đang chờ bản đồ dùng chung…</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/sync/sync_working_copy.py" line="163" />
   <source>Taking in others' changes…</source>
   <translation>Đang nhận thay đổi của người khác…</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/sync/sync_working_copy.py" line="187" />
   <source>Sync finished.</source>
   <translation>Đã đồng bộ xong.</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/sync/sync_working_copy.py" line="221" />
   <source>This working copy had gone back to an earlier state (restored from a backup or an older copy). Its edits already in the shared map were not sent again; it took them back from the shared map, and got new blocks of asset codes.</source>
   <translation>Bản sao làm việc này đã quay về một trạng thái cũ hơn (khôi phục từ bản sao lưu hoặc một bản cũ). Các chỉnh sửa đã có trong bản đồ dùng chung không được gửi lại; bản sao đã nhận lại chúng từ bản đồ dùng chung và được cấp các khối mã tài sản mới.</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/sync/sync_working_copy.py" line="228" />
   <source>Sync cancelled. Nothing was sent; your edits are kept in your working copy.</source>
   <translation>Đã hủy đồng bộ. Chưa có gì được gửi; các chỉnh sửa của bạn vẫn được giữ trong bản sao làm việc.</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/sync/sync_working_copy.py" line="99" />
   <source>{} could not be read or written ({}). Your edits are kept in your working copy; sync again when it is reachable.</source>
   <translation>Không thể đọc hoặc ghi {} ({}). Các chỉnh sửa của bạn vẫn được giữ trong bản sao làm việc; hãy đồng bộ lại khi truy cập được tệp này.</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/sync/sync_working_copy.py" line="131" />
   <source>Backing up the working copy…</source>
   <translation>Đang sao lưu bản sao làm việc…</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/sync/sync_working_copy.py" line="139" />
   <source>The shared map {} cannot be reached. Your edits are kept in your working copy; sync again when the share is back (or choose its new location).</source>
   <translation>Không thể truy cập bản đồ dùng chung {}. Các chỉnh sửa của bạn vẫn được giữ trong bản sao làm việc; hãy đồng bộ lại khi thư mục dùng chung truy cập được trở lại (hoặc chọn vị trí mới của bản đồ).</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/sync/sync_working_copy.py" line="81" />
   <source>The shared map {} cannot be reached any more (the share was disconnected or the file moved). Your edits are kept in your working copy; sync again when the share is back.</source>
   <translation>Không còn truy cập được bản đồ dùng chung {} (thư mục dùng chung đã bị ngắt kết nối hoặc tệp đã bị di chuyển). Các chỉnh sửa của bạn vẫn được giữ trong bản sao làm việc; hãy đồng bộ lại khi thư mục dùng chung hoạt động trở lại.</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/sync/sync_working_copy.py" line="88" />
   <source>The disk holding {} is full. Your edits are kept in your working copy; free some space and sync again.</source>
   <translation>Ổ đĩa chứa {} đã đầy. Các chỉnh sửa của bạn vẫn được giữ trong bản sao làm việc; hãy giải phóng bớt dung lượng rồi đồng bộ lại.</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/sync/sync_working_copy.py" line="91" />
   <source>{} is read-only, so nothing could be sent. Your edits are kept in your working copy.</source>
   <translation>{} chỉ cho phép đọc nên không gửi được gì. Các chỉnh sửa của bạn vẫn được giữ trong bản sao làm việc.</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/sync/sync_working_copy.py" line="94" />
   <source>{} is busy (another program is writing to it). Your edits are kept; sync again in a moment.</source>
   <translation>{} đang bận (một chương trình khác đang ghi vào tệp). Các chỉnh sửa của bạn vẫn được giữ; hãy đồng bộ lại sau giây lát.</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/sync/sync_working_copy.py" line="97" />
   <source>Your working copy {} could not be read or written ({}). Nothing was lost; check the disk and sync again.</source>
   <translation>Không đọc hoặc ghi được bản sao làm việc {} ({}). Không mất dữ liệu nào; hãy kiểm tra ổ đĩa rồi đồng bộ lại.</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/sync/sync_working_copy.py" line="108" />
   <source>The working copy {} does not exist.</source>
   <translation>Bản sao làm việc {} không tồn tại.</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/sync/sync_working_copy.py" line="216" />
   <source>The shared map had gone back to an earlier state (restored from a backup or replaced by an older copy). {} changes it had lost were sent to it again from this working copy; ask the other editors to sync too, so that it gets back everything they had sent.</source>
   <translation>Bản đồ dùng chung đã quay về một trạng thái cũ hơn (khôi phục từ bản sao lưu hoặc bị thay bằng một bản cũ). {} thay đổi mà nó đã mất được gửi lại từ bản sao làm việc này; hãy nhờ các biên tập viên khác cũng đồng bộ, để bản đồ dùng chung nhận lại mọi thứ họ đã gửi.</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/sync/sync_working_copy.py" line="79" />
   <source>Your working copy {} was moved or its disk was removed during the sync. Nothing was lost: put it back and sync again.</source>
   <translation>Bản sao làm việc {} đã bị di chuyển hoặc ổ đĩa chứa nó đã bị rút ra trong lúc đồng bộ. Không mất dữ liệu nào: hãy đặt lại và đồng bộ lại.</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/sync/sync_working_copy.py" line="86" />
   <source>The disk holding your working copy {} is full. Nothing was lost: free some space on it and sync again.</source>
   <translation>Ổ đĩa chứa bản sao làm việc {} đã đầy. Không mất dữ liệu nào: hãy giải phóng bớt dung lượng rồi đồng bộ lại.</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/sync/sync_working_copy.py" line="125" />
   <source>The edit log of the working copy {} is damaged ({}), so its edits cannot be sent safely. Nothing was changed. Ask your GIS officer to check the copy.</source>
   <translation>Nhật ký chỉnh sửa của bản sao làm việc {} bị hỏng ({}), nên không thể gửi các chỉnh sửa một cách an toàn. Không có gì bị thay đổi. Hãy nhờ cán bộ GIS kiểm tra bản sao này.</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/sync/sync_working_copy.py" line="146" />
   <source>Your edits are kept in your working copy.</source>
   <translation>Các chỉnh sửa của bạn vẫn được giữ trong bản sao làm việc.</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/sync/sync_working_copy.py" line="238" />
   <source>{} is not the shared map this working copy was checked out from. Choose the right shared GeoPackage; nothing was changed.</source>
   <translation>{} không phải là bản đồ dùng chung mà bản sao làm việc này được lấy từ đó. Hãy chọn đúng tệp GeoPackage dùng chung; không có gì bị thay đổi.</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/sync/sync_working_copy.py" line="243" />
   <source>The edit log of the shared map {} is damaged ({}). Nothing was synced and your edits are kept.</source>
   <translation>Nhật ký chỉnh sửa của bản đồ dùng chung {} bị hỏng ({}). Chưa có gì được đồng bộ và các chỉnh sửa của bạn vẫn được giữ.</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/sync/sync_working_copy.py" line="207" />
   <source>The working copy could not be compacted now: {}</source>
   <translation>Chưa thể thu gọn bản sao làm việc lúc này: {}</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/sync/sync_working_copy.py" line="266" />
   <source>Sending {} edited features…</source>
   <translation>Đang gửi {} đối tượng đã chỉnh sửa…</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/sync/working_copy.py" line="24" />
   <source>{} is not a MyMap working copy. Make one with “Check out a working copy” (mymap:checkout).</source>
   <translation>{} không phải là bản sao làm việc của MyMap. Hãy tạo bản sao bằng “Lấy bản sao làm việc” (mymap:checkout).</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/ward_map/code_allocator.py" line="73" />
   <location filename="../mymap_plugin/ward_map/code_allocator.py" line="105" />
   <source>The layer {} has run out of asset codes.</source>
   <translation>Lớp {} đã hết mã tài sản.</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/ward_map/create_ward_map.py" line="42" />
   <source>Choose where to save the ward map (a .gpkg file).</source>
   <translation>Chọn nơi lưu bản đồ phường (tệp .gpkg).</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/ward_map/create_ward_map.py" line="44" />
   <source>The ward map must be saved as a GeoPackage file ending in .gpkg, not {}.</source>
   <translation>Bản đồ phường phải được lưu dưới dạng tệp GeoPackage có đuôi .gpkg, không phải {}.</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/ward_map/create_ward_map.py" line="51" />
   <source>The folder {} cannot be written to. Choose a folder you may write in.</source>
   <translation>Không thể ghi vào thư mục {}. Hãy chọn thư mục mà bạn có quyền ghi.</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/ward_map/create_ward_map.py" line="276" />
   <source>The new ward map failed SQLite's integrity check: {}</source>
   <translation>Bản đồ phường mới không vượt qua kiểm tra toàn vẹn của SQLite: {}</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/ward_map/create_ward_map.py" line="55" />
   <source>{} is a folder, not a file name.</source>
   <translation>{} là một thư mục, không phải tên tệp.</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/ward_map/create_ward_map.py" line="57" />
   <source>The file {} already exists. Choose another name, or tick “Overwrite” to replace it.</source>
   <translation>Tệp {} đã tồn tại. Hãy chọn tên khác hoặc đánh dấu “Ghi đè” để thay thế.</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/ward_map/create_ward_map.py" line="60" />
   <source>The file {} is read-only and cannot be replaced.</source>
   <translation>Tệp {} chỉ cho phép đọc nên không thể thay thế.</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/ward_map/create_ward_map.py" line="199" />
   <source>The layer {} could not be read back from the new ward map.</source>
   <translation>Không thể đọc lại lớp {} từ bản đồ phường mới.</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/ward_map/create_ward_map.py" line="205" />
   <source>The style of layer {} could not be saved: {}</source>
   <translation>Không thể lưu kiểu hiển thị của lớp {}: {}</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/ward_map/create_ward_map.py" line="260" />
   <source>The layers {} (new in this MyMap) could not be added to the ward map {}: {}</source>
   <translation>Không thêm được các lớp {} (mới có trong phiên bản MyMap này) vào bản đồ phường {}: {}</translation>
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
   <location filename="../mymap_plugin/ward_map/edit_hooks.py" line="90" />
   <source>Asset codes could not be reserved in {}: {}</source>
   <translation>Không thể giữ chỗ mã tài sản trong {}: {}</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/ward_map/edit_hooks.py" line="157" />
   <source>The UTC times of the features just saved in {} could not be completed: {}</source>
   <translation>Không thể hoàn tất thời gian UTC của các đối tượng vừa lưu trong {}: {}</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/ward_map/edit_hooks.py" line="228" />
   <source>Asset codes could not be given to new features of {}: {}</source>
   <translation>Không thể gán mã tài sản cho các đối tượng mới của {}: {}</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/ward_map/forms.py" line="130" />
   <source>Images (*.jpg *.jpeg *.png)</source>
   <translation>Ảnh (*.jpg *.jpeg *.png)</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/ward_map/forms.py" line="252" />
   <source>QR tag and status</source>
   <translation>Tem QR và trạng thái</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/ward_map/forms.py" line="253" />
   <source>Survey</source>
   <translation>Khảo sát</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/ward_map/forms.py" line="254" />
   <location filename="../mymap_plugin/ward_map/forms.py" line="257" />
   <source>Record history</source>
   <translation>Lịch sử bản ghi</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/ward_map/forms.py" line="148" />
   <source>{field} must be between {minimum} and {maximum}.</source>
   <translation>{field} phải nằm trong khoảng từ {minimum} đến {maximum}.</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/ward_map/gui/new_ward_dialog.py" line="32" />
   <location filename="../mymap_plugin/ward_map/gui/new_ward_dialog.py" line="130" />
   <source>New ward map</source>
   <translation>Bản đồ phường mới</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/ward_map/gui/new_ward_dialog.py" line="35" />
   <source>Creates a GeoPackage holding the ward's asset layers with Vietnamese forms and styles. Tick “Demo ward” to fill it with example data at Mỹ Hào.</source>
   <translation>Tạo một tệp GeoPackage chứa các lớp tài sản của phường, kèm biểu mẫu và kiểu hiển thị tiếng Việt. Đánh dấu “Phường mẫu” để điền dữ liệu ví dụ tại Mỹ Hào.</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/ward_map/gui/new_ward_dialog.py" line="43" />
   <source>Save the ward map as</source>
   <translation>Lưu bản đồ phường thành</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/ward_map/gui/new_ward_dialog.py" line="46" />
   <source>Phường … or Xã …, as the ward is officially named</source>
   <translation>Phường … hoặc Xã …, đúng tên chính thức của phường</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/ward_map/gui/new_ward_dialog.py" line="49" />
   <source>5 digits, the ward's code in the national list</source>
   <translation>5 chữ số, mã của phường trong danh mục quốc gia</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/ward_map/gui/new_ward_dialog.py" line="52" />
   <source>2 digits, the province's code in the national list</source>
   <translation>2 chữ số, mã của tỉnh trong danh mục quốc gia</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/ward_map/gui/new_ward_dialog.py" line="57" />
   <location filename="../mymap_plugin/ward_map/processing/create_ward_map_algorithm.py" line="56" />
   <source>Vietnamese</source>
   <translation>Tiếng Việt</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/ward_map/gui/new_ward_dialog.py" line="58" />
   <location filename="../mymap_plugin/ward_map/processing/create_ward_map_algorithm.py" line="56" />
   <source>English</source>
   <translation>Tiếng Anh</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/ward_map/gui/new_ward_dialog.py" line="61" />
   <source>The web address each QR tag leads to, with {code} where the asset code goes. Labels and record pages are only made once it is set.</source>
   <translation>Địa chỉ web mà mỗi tem QR dẫn tới, với {code} ở chỗ đặt mã tài sản. Chỉ in được tem và tạo được trang thông tin khi đã đặt địa chỉ này.</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/ward_map/gui/new_ward_dialog.py" line="68" />
   <source>Demo ward (about 8,000 houses, 3,000 trees, drainage, 20 sensors)</source>
   <translation>Phường mẫu (khoảng 8.000 nhà, 3.000 cây xanh, mạng thoát nước, 20 cảm biến)</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/ward_map/gui/new_ward_dialog.py" line="69" />
   <source>Overwrite the file if it exists</source>
   <translation>Ghi đè nếu tệp đã tồn tại</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/ward_map/gui/new_ward_dialog.py" line="70" />
   <source>File</source>
   <translation>Tệp</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/ward_map/gui/new_ward_dialog.py" line="71" />
   <location filename="../mymap_plugin/ward_map/processing/create_ward_map_algorithm.py" line="44" />
   <source>Ward name</source>
   <translation>Tên phường</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/ward_map/gui/new_ward_dialog.py" line="72" />
   <location filename="../mymap_plugin/ward_map/processing/create_ward_map_algorithm.py" line="45" />
   <source>Ward code (5 digits)</source>
   <translation>Mã phường (5 chữ số)</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/ward_map/gui/new_ward_dialog.py" line="73" />
   <location filename="../mymap_plugin/ward_map/processing/create_ward_map_algorithm.py" line="46" />
   <source>Province code (2 digits)</source>
   <translation>Mã tỉnh (2 chữ số)</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/ward_map/gui/new_ward_dialog.py" line="74" />
   <location filename="../mymap_plugin/ward_map/processing/create_ward_map_algorithm.py" line="47" />
   <source>Coordinate reference system</source>
   <translation>Hệ tọa độ</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/ward_map/gui/new_ward_dialog.py" line="75" />
   <source>Language of the ward map</source>
   <translation>Ngôn ngữ của bản đồ phường</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/ward_map/gui/new_ward_dialog.py" line="76" />
   <location filename="../mymap_plugin/ward_map/processing/create_ward_map_algorithm.py" line="52" />
   <source>QR link template</source>
   <translation>Mẫu liên kết QR</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/ward_map/gui/new_ward_dialog.py" line="78" />
   <location filename="../mymap_plugin/ward_map/processing/create_ward_map_algorithm.py" line="53" />
   <source>Hotline</source>
   <translation>Đường dây nóng</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/ward_map/gui/new_ward_dialog.py" line="83" />
   <source>Create</source>
   <translation>Tạo</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/ward_map/gui/new_ward_dialog.py" line="60" />
   <source>The ward's web address, e.g. {}</source>
   <translation>Địa chỉ web của phường, ví dụ {}</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/ward_map/identities.py" line="33" />
   <source>The ward map {} cannot be opened for writing: {}</source>
   <translation>Không thể mở bản đồ phường {} để ghi: {}</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/ward_map/identities.py" line="38" />
   <source>The ward map {} cannot be written, so rows added by other programs did not get their uuid and asset code: {}</source>
   <translation>Không ghi được vào bản đồ phường {}, nên các dòng do chương trình khác thêm chưa được cấp uuid và mã tài sản: {}</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/ward_map/lookup_lists.py" line="105" />
   <location filename="../mymap_plugin/ward_map/lookup_lists.py" line="110" />
   <location filename="../mymap_plugin/ward_map/lookup_lists.py" line="157" />
   <source>The drop-down lists of {} could not be updated: {}</source>
   <translation>Không cập nhật được các danh sách chọn của {}: {}</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/ward_map/open_ward_map.py" line="164" />
   <source>{ward} — working copy</source>
   <translation>{ward} — bản sao làm việc</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/ward_map/open_ward_map.py" line="163" />
   <source>{ward} — working copy of {editor}</source>
   <translation>{ward} — bản sao làm việc của {editor}</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/ward_map/open_ward_map.py" line="107" />
   <source>The ward map {} has no readable layer {}: the file is damaged or not a MyMap ward map.</source>
   <translation>Bản đồ phường {} không có lớp {} đọc được: tệp bị hỏng hoặc không phải bản đồ phường của MyMap.</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/ward_map/processing/create_ward_map_algorithm.py" line="32" />
   <source>Creates the ward's map: a GeoPackage with the asset layers (housing, trees, drainage lines and nodes, sensors, sensor readings, residential groups, species), their Vietnamese forms and styles, and the ward's settings. With DEMO, fills it with a realistic demo ward at Mỹ Hào. An existing file is only replaced with OVERWRITE.</source>
   <translation>Tạo bản đồ của phường: một GeoPackage chứa các lớp tài sản (nhà ở, cây xanh, tuyến và nút thoát nước, cảm biến, số liệu đo cảm biến, tổ dân phố, loài cây), biểu mẫu và kiểu hiển thị tiếng Việt, cùng thông tin của phường. Với DEMO, điền dữ liệu một phường mẫu sát thực tế tại Mỹ Hào. Tệp đã có chỉ bị thay thế khi chọn OVERWRITE.</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/ward_map/processing/create_ward_map_algorithm.py" line="41" />
   <source>Create ward map</source>
   <translation>Tạo bản đồ phường</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/ward_map/processing/create_ward_map_algorithm.py" line="49" />
   <source>Fill with a demo ward</source>
   <translation>Điền dữ liệu phường mẫu</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/ward_map/processing/create_ward_map_algorithm.py" line="50" />
   <source>Overwrite an existing file</source>
   <translation>Ghi đè tệp đã có</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/ward_map/processing/create_ward_map_algorithm.py" line="55" />
   <source>Language of field names and labels in the file</source>
   <translation>Ngôn ngữ của tên trường và nhãn trong tệp</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/ward_map/processing/create_ward_map_algorithm.py" line="56" />
   <source>Interface language</source>
   <translation>Ngôn ngữ giao diện</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/ward_map/processing/create_ward_map_algorithm.py" line="81" />
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
   <location filename="../mymap_plugin/ward_map/schema.py" line="287" />
   <source>Alert thresholds must increase: level 1 &lt; level 2 &lt; level 3.</source>
   <translation>Các ngưỡng cảnh báo phải tăng dần: cấp 1 &lt; cấp 2 &lt; cấp 3.</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/ward_map/schema.py" line="218" />
   <source>Trees</source>
   <translation>Cây xanh</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/ward_map/schema.py" line="238" />
   <source>Drainage lines</source>
   <translation>Tuyến thoát nước</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/ward_map/schema.py" line="269" />
   <source>Drainage nodes</source>
   <translation>Nút thoát nước</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/ward_map/schema.py" line="289" />
   <source>Water-level sensors</source>
   <translation>Cảm biến mực nước</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/ward_map/schema.py" line="314" />
   <source>Sensor readings</source>
   <translation>Số liệu đo cảm biến</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/ward_map/schema.py" line="341" />
   <source>Streets</source>
   <translation>Đường giao thông</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/ward_map/schema.py" line="351" />
   <source>Tree species</source>
   <translation>Loài cây</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/ward_map/schema.py" line="137" />
   <source>No flooding</source>
   <translation>Không ngập</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/ward_map/schema.py" line="137" />
   <source>Level 1: shallow water</source>
   <translation>Cấp 1: ngập nông</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/ward_map/schema.py" line="138" />
   <source>Level 2: flooding</source>
   <translation>Cấp 2: ngập úng</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/ward_map/schema.py" line="138" />
   <source>Level 3: severe flooding</source>
   <translation>Cấp 3: ngập úng nghiêm trọng</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/ward_map/schema.py" line="161" />
   <location filename="../mymap_plugin/ward_map/schema.py" line="315" />
   <location filename="../mymap_plugin/ward_map/schema.py" line="327" />
   <source>Identifier (UUID)</source>
   <translation>Mã định danh (UUID)</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/ward_map/schema.py" line="163" />
   <source>Asset code</source>
   <translation>Mã tài sản</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/ward_map/schema.py" line="164" />
   <source>QR tag</source>
   <translation>Tem QR</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/ward_map/schema.py" line="165" />
   <location filename="../mymap_plugin/ward_map/schema.py" line="333" />
   <location filename="../mymap_plugin/ward_map/schema.py" line="346" />
   <source>Ward code</source>
   <translation>Mã phường</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/ward_map/schema.py" line="169" />
   <source>Survey date</source>
   <translation>Ngày khảo sát</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/ward_map/schema.py" line="170" />
   <source>Surveyor (staff id)</source>
   <translation>Người khảo sát (mã cán bộ)</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/ward_map/schema.py" line="171" />
   <source>Position source</source>
   <translation>Nguồn vị trí</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/ward_map/schema.py" line="172" />
   <source>Position accuracy (m)</source>
   <translation>Độ chính xác vị trí (m)</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/ward_map/schema.py" line="174" />
   <location filename="../mymap_plugin/ward_map/schema.py" line="337" />
   <location filename="../mymap_plugin/ward_map/schema.py" line="348" />
   <source>Notes</source>
   <translation>Ghi chú</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/ward_map/schema.py" line="175" />
   <source>Created at (UTC)</source>
   <translation>Thời điểm tạo (UTC)</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/ward_map/schema.py" line="176" />
   <source>Created by</source>
   <translation>Người tạo</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/ward_map/schema.py" line="178" />
   <source>Updated at (UTC)</source>
   <translation>Thời điểm cập nhật (UTC)</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/ward_map/schema.py" line="179" />
   <source>Updated by</source>
   <translation>Người cập nhật</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/ward_map/schema.py" line="317" />
   <source>Station</source>
   <translation>Trạm</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/ward_map/schema.py" line="318" />
   <source>Measured at (UTC)</source>
   <translation>Thời điểm đo (UTC)</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/ward_map/schema.py" line="320" />
   <source>Raw distance (mm)</source>
   <translation>Khoảng cách đo thô (mm)</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/ward_map/schema.py" line="321" />
   <source>Battery (V)</source>
   <translation>Điện áp pin (V)</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/ward_map/schema.py" line="322" />
   <source>Quality</source>
   <translation>Chất lượng</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/ward_map/schema.py" line="329" />
   <source>Group id</source>
   <translation>Mã tổ dân phố</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/ward_map/schema.py" line="334" />
   <source>Valid from</source>
   <translation>Hiệu lực từ</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/ward_map/schema.py" line="335" />
   <source>Valid until</source>
   <translation>Hiệu lực đến</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/ward_map/schema.py" line="336" />
   <location filename="../mymap_plugin/ward_map/schema.py" line="212" />
   <source>Households</source>
   <translation>Số hộ</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/ward_map/schema.py" line="344" />
   <source>Street name</source>
   <translation>Tên đường</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/ward_map/schema.py" line="345" />
   <source>Road class</source>
   <translation>Cấp đường</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/ward_map/schema.py" line="347" />
   <source>OpenStreetMap id</source>
   <translation>Mã OpenStreetMap</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/ward_map/schema.py" line="354" />
   <source>Species id</source>
   <translation>Mã loài</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/ward_map/schema.py" line="355" />
   <source>Vietnamese name</source>
   <translation>Tên tiếng Việt</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/ward_map/schema.py" line="356" />
   <source>Scientific name</source>
   <translation>Tên khoa học</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/ward_map/schema.py" line="357" />
   <source>Planting rule</source>
   <translation>Quy định trồng</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/ward_map/schema.py" line="192" />
   <source>House number</source>
   <translation>Số nhà</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/ward_map/schema.py" line="195" />
   <source>Alley (ngõ)</source>
   <translation>Ngõ</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/ward_map/schema.py" line="196" />
   <source>Sub-alley (ngách)</source>
   <translation>Ngách</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/ward_map/schema.py" line="197" />
   <location filename="../mymap_plugin/ward_map/schema.py" line="132" />
   <source>Street</source>
   <translation>Đường phố</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/ward_map/schema.py" line="198" />
   <source>Full address</source>
   <translation>Địa chỉ đầy đủ</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/ward_map/schema.py" line="199" />
   <source>House number plate</source>
   <translation>Biển số nhà</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/ward_map/schema.py" line="200" />
   <source>Building type</source>
   <translation>Loại nhà</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/ward_map/schema.py" line="201" />
   <source>Structure class</source>
   <translation>Cấp kết cấu</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/ward_map/schema.py" line="202" />
   <source>Floors above ground</source>
   <translation>Số tầng nổi</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/ward_map/schema.py" line="203" />
   <source>Floors below ground</source>
   <translation>Số tầng hầm</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/ward_map/schema.py" line="204" />
   <location filename="../mymap_plugin/ward_map/schema.py" line="220" />
   <source>Height (m)</source>
   <translation>Chiều cao (m)</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/ward_map/schema.py" line="205" />
   <source>Footprint area (m²)</source>
   <translation>Diện tích xây dựng (m²)</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/ward_map/schema.py" line="207" />
   <source>Use</source>
   <translation>Mục đích sử dụng</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/ward_map/schema.py" line="208" />
   <source>Ownership</source>
   <translation>Hình thức sở hữu</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/ward_map/schema.py" line="209" />
   <source>Year built</source>
   <translation>Năm xây dựng</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/ward_map/schema.py" line="210" />
   <source>Cadastral map sheet no.</source>
   <translation>Số tờ bản đồ địa chính</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/ward_map/schema.py" line="211" />
   <source>Parcel no.</source>
   <translation>Số thửa</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/ward_map/schema.py" line="213" />
   <source>Residents (total only)</source>
   <translation>Số nhân khẩu (chỉ tổng số)</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/ward_map/schema.py" line="215" />
   <source>Prone to flooding</source>
   <translation>Có nguy cơ ngập úng</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/ward_map/schema.py" line="219" />
   <source>Species</source>
   <translation>Loài cây</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/ward_map/schema.py" line="221" />
   <source>Trunk diameter at 1.3 m (cm)</source>
   <translation>Đường kính thân tại 1,3 m (cm)</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/ward_map/schema.py" line="222" />
   <source>Canopy diameter (m)</source>
   <translation>Đường kính tán (m)</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/ward_map/schema.py" line="223" />
   <source>Planting year</source>
   <translation>Năm trồng</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/ward_map/schema.py" line="224" />
   <source>Location</source>
   <translation>Vị trí</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/ward_map/schema.py" line="225" />
   <location filename="../mymap_plugin/ward_map/schema.py" line="255" />
   <location filename="../mymap_plugin/ward_map/schema.py" line="275" />
   <source>Condition</source>
   <translation>Tình trạng</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/ward_map/schema.py" line="226" />
   <source>Risk level</source>
   <translation>Mức độ rủi ro</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/ward_map/schema.py" line="227" />
   <location filename="../mymap_plugin/ward_map/styles.py" line="59" />
   <source>Heritage tree</source>
   <translation>Cây cổ thụ (di sản)</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/ward_map/schema.py" line="228" />
   <source>Conservation</source>
   <translation>Bảo tồn</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/ward_map/schema.py" line="229" />
   <source>Last inspection</source>
   <translation>Lần kiểm tra gần nhất</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/ward_map/schema.py" line="230" />
   <source>Last pruning</source>
   <translation>Lần cắt tỉa gần nhất</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/ward_map/schema.py" line="231" />
   <source>Managing unit</source>
   <translation>Đơn vị quản lý</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/ward_map/schema.py" line="235" />
   <source>A heritage tree is at least 50 years old: check the planting year.</source>
   <translation>Cây cổ thụ (di sản) phải có tuổi từ 50 năm trở lên: hãy kiểm tra năm trồng.</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/ward_map/schema.py" line="239" />
   <source>Line type</source>
   <translation>Loại tuyến</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/ward_map/schema.py" line="240" />
   <source>System</source>
   <translation>Hệ thống</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/ward_map/schema.py" line="241" />
   <source>Diameter (mm)</source>
   <translation>Đường kính (mm)</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/ward_map/schema.py" line="242" />
   <source>Width (mm)</source>
   <translation>Chiều rộng (mm)</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/ward_map/schema.py" line="243" />
   <source>Height (mm)</source>
   <translation>Chiều cao (mm)</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/ward_map/schema.py" line="244" />
   <source>Material</source>
   <translation>Vật liệu</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/ward_map/schema.py" line="245" />
   <source>Length (m)</source>
   <translation>Chiều dài (m)</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/ward_map/schema.py" line="246" />
   <source>Upstream invert level (m, Hon Dau)</source>
   <translation>Cao độ đáy thượng lưu (m, Hòn Dấu)</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/ward_map/schema.py" line="247" />
   <source>Downstream invert level (m, Hon Dau)</source>
   <translation>Cao độ đáy hạ lưu (m, Hòn Dấu)</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/ward_map/schema.py" line="248" />
   <source>Slope (‰)</source>
   <translation>Độ dốc (‰)</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/ward_map/schema.py" line="251" />
   <source>Upstream node</source>
   <translation>Nút thượng lưu</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/ward_map/schema.py" line="253" />
   <source>Downstream node</source>
   <translation>Nút hạ lưu</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/ward_map/schema.py" line="256" />
   <source>Last dredged</source>
   <translation>Lần nạo vét gần nhất</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/ward_map/schema.py" line="259" />
   <source>A circular pipe needs its diameter.</source>
   <translation>Cống tròn phải có đường kính.</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/ward_map/schema.py" line="262" />
   <source>Water must flow downstream: the upstream invert must be higher than the downstream invert (or the line drawn the other way).</source>
   <translation>Nước phải chảy về hạ lưu: cao độ đáy thượng lưu phải cao hơn cao độ đáy hạ lưu (hoặc vẽ tuyến theo chiều ngược lại).</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/ward_map/schema.py" line="266" />
   <source>A line cannot start and end at the same node.</source>
   <translation>Một tuyến không thể bắt đầu và kết thúc tại cùng một nút.</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/ward_map/schema.py" line="270" />
   <source>Node type</source>
   <translation>Loại nút</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/ward_map/schema.py" line="271" />
   <source>Rim level (m, Hon Dau)</source>
   <translation>Cao độ miệng (m, Hòn Dấu)</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/ward_map/schema.py" line="272" />
   <source>Invert level (m, Hon Dau)</source>
   <translation>Cao độ đáy (m, Hòn Dấu)</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/ward_map/schema.py" line="273" />
   <source>Cover material</source>
   <translation>Vật liệu nắp</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/ward_map/schema.py" line="274" />
   <source>Cover condition</source>
   <translation>Tình trạng nắp</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/ward_map/schema.py" line="279" />
   <source>The invert level must be below the rim level.</source>
   <translation>Cao độ đáy phải thấp hơn cao độ miệng.</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/ward_map/schema.py" line="290" />
   <source>Station name</source>
   <translation>Tên trạm</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/ward_map/schema.py" line="291" />
   <source>Flood hotspot</source>
   <translation>Điểm ngập úng</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/ward_map/schema.py" line="292" />
   <source>Sensor type</source>
   <translation>Loại cảm biến</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/ward_map/schema.py" line="293" />
   <source>Communication</source>
   <translation>Phương thức truyền thông</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/ward_map/schema.py" line="294" />
   <source>Road surface level (m, Hon Dau)</source>
   <translation>Cao độ mặt đường (m, Hòn Dấu)</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/ward_map/schema.py" line="295" />
   <source>Sensor level (m, Hon Dau)</source>
   <translation>Cao độ cảm biến (m, Hòn Dấu)</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/ward_map/schema.py" line="296" />
   <source>Depth offset (cm)</source>
   <translation>Hiệu chỉnh độ sâu (cm)</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/ward_map/schema.py" line="297" />
   <source>Reporting interval (s)</source>
   <translation>Chu kỳ gửi số liệu (giây)</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/ward_map/schema.py" line="299" />
   <source>Alert threshold 1 (cm)</source>
   <translation>Ngưỡng cảnh báo 1 (cm)</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/ward_map/schema.py" line="301" />
   <source>Alert threshold 2 (cm)</source>
   <translation>Ngưỡng cảnh báo 2 (cm)</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/ward_map/schema.py" line="303" />
   <source>Alert threshold 3 (cm)</source>
   <translation>Ngưỡng cảnh báo 3 (cm)</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/ward_map/schema.py" line="305" />
   <source>Operating status</source>
   <translation>Trạng thái hoạt động</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/ward_map/schema.py" line="307" />
   <source>Last reading at (UTC)</source>
   <translation>Thời điểm đo gần nhất (UTC)</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/ward_map/schema.py" line="308" />
   <source>Last water depth (cm)</source>
   <translation>Độ sâu nước gần nhất (cm)</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/ward_map/schema.py" line="309" />
   <source>Current alert level</source>
   <translation>Cấp cảnh báo hiện tại</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/ward_map/schema.py" line="310" />
   <source>SensorThings Thing id</source>
   <translation>Mã Thing SensorThings</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/ward_map/schema.py" line="311" />
   <source>SensorThings Datastream id</source>
   <translation>Mã Datastream SensorThings</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/ward_map/schema.py" line="331" />
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
   <location filename="../mymap_plugin/ward_map/schema.py" line="132" />
   <source>Main road</source>
   <translation>Đường chính</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/ward_map/schema.py" line="133" />
   <source>Alley (ngõ, hẻm)</source>
   <translation>Ngõ, hẻm</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/ward_map/schema.py" line="133" />
   <source>Path</source>
   <translation>Đường đi bộ</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/ward_map/schema.py" line="194" />
   <source>A house number looks like 12, 12A or 12/3.</source>
   <translation>Số nhà có dạng 12, 12A hoặc 12/3.</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/ward_map/ward_settings.py" line="81" />
   <source>The ward name is empty: enter the ward's name, e.g. Phường Mỹ Hào.</source>
   <translation>Tên phường đang để trống: hãy nhập tên phường, ví dụ Phường Mỹ Hào.</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/ward_map/ward_settings.py" line="83" />
   <source>The ward name is too long (at most 100 characters).</source>
   <translation>Tên phường quá dài (tối đa 100 ký tự).</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/ward_map/ward_settings.py" line="65" />
   <source>The ward code '{}' is not valid: a ward or commune code has exactly 5 digits, e.g. 12103 for Mỹ Hào.</source>
   <translation>Mã phường '{}' không hợp lệ: mã phường hoặc mã xã gồm đúng 5 chữ số, ví dụ 12103 là Mỹ Hào.</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/ward_map/ward_settings.py" line="73" />
   <source>The province code '{}' is not valid: a province code has exactly 2 digits, e.g. 33 for Hưng Yên.</source>
   <translation>Mã tỉnh '{}' không hợp lệ: mã tỉnh gồm đúng 2 chữ số, ví dụ 33 là Hưng Yên.</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/ward_map/ward_settings.py" line="94" />
   <source>The coordinate reference system '{}' is not known. Use an EPSG code such as EPSG:9209 (VN-2000 / TM-3 105°30').</source>
   <translation>Không nhận biết được hệ tọa độ '{}'. Hãy dùng mã EPSG, ví dụ EPSG:9209 (VN-2000 / TM-3 105°30').</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/ward_map/ward_settings.py" line="97" />
   <source>The coordinate reference system {} is not projected in metres. Use the ward's VN-2000 TM-3 zone, e.g. EPSG:9209 for Hưng Yên.</source>
   <translation>Hệ tọa độ {} không phải hệ tọa độ phẳng tính bằng mét. Hãy dùng múi chiếu VN-2000 TM-3 của phường, ví dụ EPSG:9209 cho Hưng Yên.</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/ward_map/ward_settings.py" line="111" />
   <source>The language '{}' is not available for a ward map: choose vi (Vietnamese) or en (English).</source>
   <translation>Ngôn ngữ '{}' không dùng được cho bản đồ phường: hãy chọn vi (tiếng Việt) hoặc en (tiếng Anh).</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/ward_map/ward_settings.py" line="137" />
   <source>The QR link template is empty: set the ward's address in the setting “qr_link_template” of the ward map, e.g. {}.</source>
   <translation>Mẫu liên kết QR đang trống: hãy đặt địa chỉ của phường trong thiết lập “qr_link_template” của bản đồ phường, ví dụ {}.</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/ward_map/ward_settings.py" line="147" />
   <source>The QR link template uses the unknown placeholder {{{}}}; the known ones are {{code}}, {{uuid}} and {{layer}}.</source>
   <translation>Mẫu liên kết QR dùng biến thay thế không xác định {{{}}}; các biến hợp lệ là {{code}}, {{uuid}} và {{layer}}.</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/ward_map/ward_settings.py" line="150" />
   <source>The QR link template '{}' gives a placeholder a format: write the placeholders plainly, e.g. {{code}}.</source>
   <translation>Mẫu liên kết QR '{}' gán định dạng cho một biến thay thế: hãy viết biến thay thế ở dạng đơn giản, ví dụ {{code}}.</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/ward_map/ward_settings.py" line="155" />
   <source>The QR link template must contain {{code}} in the path of the link, e.g. {}; otherwise a tag would not lead to its own asset's page.</source>
   <translation>Mẫu liên kết QR phải chứa {{code}} trong phần đường dẫn của liên kết, ví dụ {}; nếu không, tem sẽ không dẫn tới trang của chính tài sản đó.</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/ward_map/ward_settings.py" line="158" />
   <source>The QR link template '{}' holds a character a web link cannot hold (a space, quote, angle bracket, backslash or accented letter): remove it.</source>
   <translation>Mẫu liên kết QR '{}' chứa ký tự mà liên kết web không được có (dấu cách, dấu nháy, dấu ngoặc nhọn &lt; &gt;, dấu gạch chéo ngược hoặc chữ có dấu): hãy xóa ký tự đó.</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/ward_map/ward_settings.py" line="162" />
   <source>The QR link template '{}' is refused: it must be a web link starting with https:// (or http://), e.g. {}. Other kinds of link, such as javascript:, data:, file: or ftp:, are never put on tags or record pages.</source>
   <translation>Mẫu liên kết QR '{}' bị từ chối: đó phải là liên kết web bắt đầu bằng https:// (hoặc http://), ví dụ {}. Các loại liên kết khác như javascript:, data:, file: hay ftp: không bao giờ được đưa lên tem hoặc trang hồ sơ.</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/ward_map/ward_settings.py" line="171" />
   <source>The QR link template '{}' has no valid web address after {}://: write the host name plainly, e.g. QR.MYHAO.HUNGYEN.GOV.VN (no user name, no placeholder).</source>
   <translation>Mẫu liên kết QR '{}' không có địa chỉ web hợp lệ sau {}://: hãy viết tên máy chủ trực tiếp, ví dụ QR.MYHAO.HUNGYEN.GOV.VN (không có tên người dùng, không có biến thay thế).</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/ward_map/ward_settings.py" line="178" />
   <source>The path of the QR link template '{}' must hold {{code}} and only letters, digits, - . _ ~ and placeholders between its slashes (no empty, “.” or “..” part), e.g. {}.</source>
   <translation>Đường dẫn của mẫu liên kết QR '{}' phải chứa {{code}}, và giữa các dấu gạch chéo chỉ được có chữ cái, chữ số, - . _ ~ và biến thay thế (không có phần trống, “.” hay “..”), ví dụ {}.</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/ward_map/ward_settings.py" line="182" />
   <source>The QR link template '{}' still points at the placeholder address {}, so tags and record pages would lead nowhere: set the ward's real web address in the setting “qr_link_template” of the ward map (table mymap_ward_settings), e.g. {}.</source>
   <translation>Mẫu liên kết QR '{}' vẫn trỏ tới địa chỉ giữ chỗ {}, nên tem và trang thông tin sẽ không dẫn tới đâu: hãy đặt địa chỉ web thật của phường trong thiết lập “qr_link_template” của bản đồ phường (bảng mymap_ward_settings), ví dụ {}.</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/ward_map/ward_settings.py" line="229" />
   <source>{} is not a GeoPackage. Choose a ward map (.gpkg) made by MyMap.</source>
   <translation>{} không phải là tệp GeoPackage. Hãy chọn bản đồ phường (.gpkg) do MyMap tạo.</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/ward_map/ward_settings.py" line="247" />
   <source>{} was made by a newer MyMap (data version {}; this MyMap reads up to version {}). Update the MyMap plugin to open it.</source>
   <translation>{} được tạo bởi phiên bản MyMap mới hơn (phiên bản dữ liệu {}; MyMap này chỉ đọc được tới phiên bản {}). Hãy cập nhật plugin MyMap để mở tệp.</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/ward_map/ward_settings.py" line="251" />
   <source>{} has damaged ward settings (no data version or ward code).</source>
   <translation>{} có thiết lập phường bị hỏng (thiếu phiên bản dữ liệu hoặc mã phường).</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/ward_map/ward_settings.py" line="143" />
   <source>The QR link template '{}' has an unmatched brace.</source>
   <translation>Mẫu liên kết QR '{}' có dấu ngoặc nhọn không khớp.</translation>
  </message>
  <message>
   <location filename="../mymap_plugin/ward_map/ward_settings.py" line="239" />
   <source>{} is a GeoPackage but not a MyMap ward map (it has no ward settings). Create a ward map with “New ward map…”.</source>
   <translation>{} là tệp GeoPackage nhưng không phải bản đồ phường của MyMap (không có thiết lập phường). Hãy tạo bản đồ phường bằng “Bản đồ phường mới…”.</translation>
  </message>
 </context>
</TS>
