<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi">
 <context>
  <name>mymap</name>
  <message>
   <location filename="../mymap_plugin/plugin.py" line="45" />
   <source>New ward map…</source>
   <translation type="unfinished" />
  </message>
  <message>
   <location filename="../mymap_plugin/plugin.py" line="46" />
   <source>Open ward map…</source>
   <translation type="unfinished" />
  </message>
  <message>
   <location filename="../mymap_plugin/plugin.py" line="47" />
   <source>Validate ward map…</source>
   <translation type="unfinished" />
  </message>
  <message>
   <location filename="../mymap_plugin/plugin.py" line="110" />
   <location filename="../mymap_plugin/ward_map/create_ward_map.py" line="113" />
   <source>Creating the ward map was cancelled; no file was written.</source>
   <translation type="unfinished" />
  </message>
  <message>
   <location filename="../mymap_plugin/plugin.py" line="115" />
   <location filename="../mymap_plugin/plugin.py" line="123" />
   <location filename="../mymap_plugin/ward_map/processing/open_ward_map_algorithm.py" line="20" />
   <source>Open ward map</source>
   <translation type="unfinished" />
  </message>
  <message>
   <location filename="../mymap_plugin/plugin.py" line="115" />
   <location filename="../mymap_plugin/plugin.py" line="142" />
   <location filename="../mymap_plugin/ward_map/gui/new_ward_dialog.py" line="35" />
   <source>GeoPackage (*.gpkg)</source>
   <translation type="unfinished" />
  </message>
  <message>
   <location filename="../mymap_plugin/plugin.py" line="142" />
   <location filename="../mymap_plugin/plugin.py" line="154" />
   <location filename="../mymap_plugin/plugin.py" line="148" />
   <source>Validate ward map</source>
   <translation type="unfinished" />
  </message>
  <message>
   <location filename="../mymap_plugin/plugin.py" line="100" />
   <source>Creating the ward map {}…</source>
   <translation type="unfinished" />
  </message>
  <message>
   <location filename="../mymap_plugin/plugin.py" line="105" />
   <source>Ward map created: {}</source>
   <translation type="unfinished" />
  </message>
  <message>
   <location filename="../mymap_plugin/plugin.py" line="137" />
   <location filename="../mymap_plugin/ward_map/processing/open_ward_map_algorithm.py" line="35" />
   <source>Ward map opened: {}</source>
   <translation type="unfinished" />
  </message>
  <message>
   <location filename="../mymap_plugin/plugin.py" line="150" />
   <location filename="../mymap_plugin/ward_map/processing/validate_ward_map_algorithm.py" line="33" />
   <source>Rows given a uuid or asset code: {}</source>
   <translation type="unfinished" />
  </message>
  <message>
   <location filename="../mymap_plugin/plugin.py" line="151" />
   <location filename="../mymap_plugin/ward_map/processing/validate_ward_map_algorithm.py" line="34" />
   <source>SQLite integrity check: {}</source>
   <translation type="unfinished" />
  </message>
  <message>
   <location filename="../mymap_plugin/plugin.py" line="152" />
   <source>Drainage lines pointing at missing nodes: {}</source>
   <translation type="unfinished" />
  </message>
  <message>
   <location filename="../mymap_plugin/plugin.py" line="153" />
   <source>Invalid asset codes: {}</source>
   <translation type="unfinished" />
  </message>
  <message>
   <location filename="../mymap_plugin/processing_provider.py" line="23" />
   <source>MyMap — ward digital map</source>
   <translation type="unfinished" />
  </message>
  <message>
   <location filename="../mymap_plugin/ward_map/create_ward_map.py" line="38" />
   <source>Choose where to save the ward map (a .gpkg file).</source>
   <translation type="unfinished" />
  </message>
  <message>
   <location filename="../mymap_plugin/ward_map/create_ward_map.py" line="40" />
   <source>The ward map must be saved as a GeoPackage file ending in .gpkg, not {}.</source>
   <translation type="unfinished" />
  </message>
  <message>
   <location filename="../mymap_plugin/ward_map/create_ward_map.py" line="44" />
   <source>The folder {} does not exist. Create it first or choose another folder.</source>
   <translation type="unfinished" />
  </message>
  <message>
   <location filename="../mymap_plugin/ward_map/create_ward_map.py" line="47" />
   <source>The folder {} cannot be written to. Choose a folder you may write in.</source>
   <translation type="unfinished" />
  </message>
  <message>
   <location filename="../mymap_plugin/ward_map/create_ward_map.py" line="200" />
   <source>The new ward map failed SQLite's integrity check: {}</source>
   <translation type="unfinished" />
  </message>
  <message>
   <location filename="../mymap_plugin/ward_map/create_ward_map.py" line="51" />
   <source>{} is a folder, not a file name.</source>
   <translation type="unfinished" />
  </message>
  <message>
   <location filename="../mymap_plugin/ward_map/create_ward_map.py" line="53" />
   <source>The file {} already exists. Choose another name, or tick “Overwrite” to replace it.</source>
   <translation type="unfinished" />
  </message>
  <message>
   <location filename="../mymap_plugin/ward_map/create_ward_map.py" line="56" />
   <source>The file {} is read-only and cannot be replaced.</source>
   <translation type="unfinished" />
  </message>
  <message>
   <location filename="../mymap_plugin/ward_map/create_ward_map.py" line="182" />
   <source>The layer {} could not be read back from the new ward map.</source>
   <translation type="unfinished" />
  </message>
  <message>
   <location filename="../mymap_plugin/ward_map/create_ward_map.py" line="188" />
   <source>The style of layer {} could not be saved: {}</source>
   <translation type="unfinished" />
  </message>
  <message>
   <location filename="../mymap_plugin/ward_map/create_ward_map_task.py" line="11" />
   <source>Creating ward map {}</source>
   <translation type="unfinished" />
  </message>
  <message>
   <location filename="../mymap_plugin/ward_map/edit_hooks.py" line="114" />
   <source>Asset codes could not be given to new features of {}: {}</source>
   <translation type="unfinished" />
  </message>
  <message>
   <location filename="../mymap_plugin/ward_map/forms.py" line="149" />
   <source>QR tag and status</source>
   <translation type="unfinished" />
  </message>
  <message>
   <location filename="../mymap_plugin/ward_map/forms.py" line="150" />
   <source>Survey</source>
   <translation type="unfinished" />
  </message>
  <message>
   <location filename="../mymap_plugin/ward_map/forms.py" line="151" />
   <location filename="../mymap_plugin/ward_map/forms.py" line="154" />
   <source>Record history</source>
   <translation type="unfinished" />
  </message>
  <message>
   <location filename="../mymap_plugin/ward_map/forms.py" line="76" />
   <source>{field} must be between {minimum} and {maximum}.</source>
   <translation type="unfinished" />
  </message>
  <message>
   <location filename="../mymap_plugin/ward_map/gui/new_ward_dialog.py" line="25" />
   <location filename="../mymap_plugin/ward_map/gui/new_ward_dialog.py" line="85" />
   <source>New ward map</source>
   <translation type="unfinished" />
  </message>
  <message>
   <location filename="../mymap_plugin/ward_map/gui/new_ward_dialog.py" line="28" />
   <source>Creates a GeoPackage holding the ward's asset layers with Vietnamese forms and styles. Tick “Demo ward” to fill it with example data at Mỹ Hào.</source>
   <translation type="unfinished" />
  </message>
  <message>
   <location filename="../mymap_plugin/ward_map/gui/new_ward_dialog.py" line="36" />
   <source>Save the ward map as</source>
   <translation type="unfinished" />
  </message>
  <message>
   <location filename="../mymap_plugin/ward_map/gui/new_ward_dialog.py" line="46" />
   <source>Demo ward (about 8,000 houses, 3,000 trees, drainage, 20 sensors)</source>
   <translation type="unfinished" />
  </message>
  <message>
   <location filename="../mymap_plugin/ward_map/gui/new_ward_dialog.py" line="47" />
   <source>Overwrite the file if it exists</source>
   <translation type="unfinished" />
  </message>
  <message>
   <location filename="../mymap_plugin/ward_map/gui/new_ward_dialog.py" line="48" />
   <source>File</source>
   <translation type="unfinished" />
  </message>
  <message>
   <location filename="../mymap_plugin/ward_map/gui/new_ward_dialog.py" line="49" />
   <location filename="../mymap_plugin/ward_map/processing/create_ward_map_algorithm.py" line="33" />
   <source>Ward name</source>
   <translation type="unfinished" />
  </message>
  <message>
   <location filename="../mymap_plugin/ward_map/gui/new_ward_dialog.py" line="50" />
   <location filename="../mymap_plugin/ward_map/processing/create_ward_map_algorithm.py" line="34" />
   <source>Ward code (5 digits)</source>
   <translation type="unfinished" />
  </message>
  <message>
   <location filename="../mymap_plugin/ward_map/gui/new_ward_dialog.py" line="51" />
   <location filename="../mymap_plugin/ward_map/processing/create_ward_map_algorithm.py" line="35" />
   <source>Province code (2 digits)</source>
   <translation type="unfinished" />
  </message>
  <message>
   <location filename="../mymap_plugin/ward_map/gui/new_ward_dialog.py" line="52" />
   <location filename="../mymap_plugin/ward_map/processing/create_ward_map_algorithm.py" line="36" />
   <source>Coordinate reference system</source>
   <translation type="unfinished" />
  </message>
  <message>
   <location filename="../mymap_plugin/ward_map/gui/new_ward_dialog.py" line="53" />
   <location filename="../mymap_plugin/ward_map/processing/create_ward_map_algorithm.py" line="40" />
   <source>QR link template</source>
   <translation type="unfinished" />
  </message>
  <message>
   <location filename="../mymap_plugin/ward_map/gui/new_ward_dialog.py" line="54" />
   <location filename="../mymap_plugin/ward_map/processing/create_ward_map_algorithm.py" line="41" />
   <source>Hotline</source>
   <translation type="unfinished" />
  </message>
  <message>
   <location filename="../mymap_plugin/ward_map/gui/new_ward_dialog.py" line="59" />
   <source>Create</source>
   <translation type="unfinished" />
  </message>
  <message>
   <location filename="../mymap_plugin/ward_map/identities.py" line="49" />
   <source>The layer {} has run out of asset codes.</source>
   <translation type="unfinished" />
  </message>
  <message>
   <location filename="../mymap_plugin/ward_map/identities.py" line="23" />
   <source>The ward map {} cannot be opened for writing: {}</source>
   <translation type="unfinished" />
  </message>
  <message>
   <location filename="../mymap_plugin/ward_map/open_ward_map.py" line="33" />
   <source>All assets</source>
   <translation type="unfinished" />
  </message>
  <message>
   <location filename="../mymap_plugin/ward_map/open_ward_map.py" line="34" />
   <location filename="../mymap_plugin/ward_map/schema.py" line="172" />
   <source>Housing</source>
   <translation type="unfinished" />
  </message>
  <message>
   <location filename="../mymap_plugin/ward_map/open_ward_map.py" line="35" />
   <source>Greenery</source>
   <translation type="unfinished" />
  </message>
  <message>
   <location filename="../mymap_plugin/ward_map/open_ward_map.py" line="36" />
   <source>Drainage</source>
   <translation type="unfinished" />
  </message>
  <message>
   <location filename="../mymap_plugin/ward_map/open_ward_map.py" line="37" />
   <source>Flooding</source>
   <translation type="unfinished" />
  </message>
  <message>
   <location filename="../mymap_plugin/ward_map/open_ward_map.py" line="78" />
   <source>The ward map {} has no readable layer {}: the file is damaged or not a MyMap ward map.</source>
   <translation type="unfinished" />
  </message>
  <message>
   <location filename="../mymap_plugin/ward_map/processing/create_ward_map_algorithm.py" line="30" />
   <source>Create ward map</source>
   <translation type="unfinished" />
  </message>
  <message>
   <location filename="../mymap_plugin/ward_map/processing/create_ward_map_algorithm.py" line="37" />
   <source>Fill with a demo ward</source>
   <translation type="unfinished" />
  </message>
  <message>
   <location filename="../mymap_plugin/ward_map/processing/create_ward_map_algorithm.py" line="38" />
   <source>Overwrite an existing file</source>
   <translation type="unfinished" />
  </message>
  <message>
   <location filename="../mymap_plugin/ward_map/processing/create_ward_map_algorithm.py" line="43" />
   <source>Language of field names and labels in the file</source>
   <translation type="unfinished" />
  </message>
  <message>
   <location filename="../mymap_plugin/ward_map/processing/create_ward_map_algorithm.py" line="46" />
   <location filename="../mymap_plugin/ward_map/processing/open_ward_map_algorithm.py" line="27" />
   <location filename="../mymap_plugin/ward_map/processing/validate_ward_map_algorithm.py" line="22" />
   <source>Ward map (GeoPackage)</source>
   <translation type="unfinished" />
  </message>
  <message>
   <location filename="../mymap_plugin/ward_map/processing/create_ward_map_algorithm.py" line="44" />
   <source>Interface language</source>
   <translation type="unfinished" />
  </message>
  <message>
   <location filename="../mymap_plugin/ward_map/processing/create_ward_map_algorithm.py" line="44" />
   <source>Vietnamese</source>
   <translation type="unfinished" />
  </message>
  <message>
   <location filename="../mymap_plugin/ward_map/processing/create_ward_map_algorithm.py" line="44" />
   <source>English</source>
   <translation type="unfinished" />
  </message>
  <message>
   <location filename="../mymap_plugin/ward_map/processing/create_ward_map_algorithm.py" line="69" />
   <source>Ward map of {} created: {}</source>
   <translation type="unfinished" />
  </message>
  <message>
   <location filename="../mymap_plugin/ward_map/processing/open_ward_map_algorithm.py" line="33" />
   <source>Opening a ward map needs a QGIS project; run it from QGIS desktop.</source>
   <translation type="unfinished" />
  </message>
  <message>
   <location filename="../mymap_plugin/ward_map/processing/validate_ward_map_algorithm.py" line="23" />
   <source>Rows given a uuid or asset code</source>
   <translation type="unfinished" />
  </message>
  <message>
   <location filename="../mymap_plugin/ward_map/processing/validate_ward_map_algorithm.py" line="24" />
   <source>SQLite integrity check</source>
   <translation type="unfinished" />
  </message>
  <message>
   <location filename="../mymap_plugin/ward_map/processing/validate_ward_map_algorithm.py" line="26" />
   <source>Drainage lines pointing at missing nodes</source>
   <translation type="unfinished" />
  </message>
  <message>
   <location filename="../mymap_plugin/ward_map/processing/validate_ward_map_algorithm.py" line="27" />
   <source>Invalid asset codes</source>
   <translation type="unfinished" />
  </message>
  <message>
   <location filename="../mymap_plugin/ward_map/processing/validate_ward_map_algorithm.py" line="36" />
   <source>{} drainage lines point at nodes that do not exist.</source>
   <translation type="unfinished" />
  </message>
  <message>
   <location filename="../mymap_plugin/ward_map/processing/validate_ward_map_algorithm.py" line="39" />
   <source>{} assets have an invalid asset code.</source>
   <translation type="unfinished" />
  </message>
  <message>
   <location filename="../mymap_plugin/ward_map/schema.py" line="268" />
   <source>Alert thresholds must increase: level 1 &lt; level 2 &lt; level 3.</source>
   <translation type="unfinished" />
  </message>
  <message>
   <location filename="../mymap_plugin/ward_map/schema.py" line="199" />
   <source>Trees</source>
   <translation type="unfinished" />
  </message>
  <message>
   <location filename="../mymap_plugin/ward_map/schema.py" line="219" />
   <source>Drainage lines</source>
   <translation type="unfinished" />
  </message>
  <message>
   <location filename="../mymap_plugin/ward_map/schema.py" line="250" />
   <source>Drainage nodes</source>
   <translation type="unfinished" />
  </message>
  <message>
   <location filename="../mymap_plugin/ward_map/schema.py" line="270" />
   <source>Water-level sensors</source>
   <translation type="unfinished" />
  </message>
  <message>
   <location filename="../mymap_plugin/ward_map/schema.py" line="295" />
   <source>Sensor readings</source>
   <translation type="unfinished" />
  </message>
  <message>
   <location filename="../mymap_plugin/ward_map/schema.py" line="307" />
   <source>Residential groups</source>
   <translation type="unfinished" />
  </message>
  <message>
   <location filename="../mymap_plugin/ward_map/schema.py" line="321" />
   <source>Tree species</source>
   <translation type="unfinished" />
  </message>
  <message>
   <location filename="../mymap_plugin/ward_map/schema.py" line="135" />
   <source>No flooding</source>
   <translation type="unfinished" />
  </message>
  <message>
   <location filename="../mymap_plugin/ward_map/schema.py" line="135" />
   <source>Level 1: shallow water</source>
   <translation type="unfinished" />
  </message>
  <message>
   <location filename="../mymap_plugin/ward_map/schema.py" line="136" />
   <source>Level 2: flooding</source>
   <translation type="unfinished" />
  </message>
  <message>
   <location filename="../mymap_plugin/ward_map/schema.py" line="136" />
   <source>Level 3: severe flooding</source>
   <translation type="unfinished" />
  </message>
  <message>
   <location filename="../mymap_plugin/ward_map/schema.py" line="142" />
   <location filename="../mymap_plugin/ward_map/schema.py" line="296" />
   <location filename="../mymap_plugin/ward_map/schema.py" line="308" />
   <source>Identifier (UUID)</source>
   <translation type="unfinished" />
  </message>
  <message>
   <location filename="../mymap_plugin/ward_map/schema.py" line="144" />
   <source>Asset code</source>
   <translation type="unfinished" />
  </message>
  <message>
   <location filename="../mymap_plugin/ward_map/schema.py" line="145" />
   <source>QR tag</source>
   <translation type="unfinished" />
  </message>
  <message>
   <location filename="../mymap_plugin/ward_map/schema.py" line="146" />
   <location filename="../mymap_plugin/ward_map/schema.py" line="314" />
   <source>Ward code</source>
   <translation type="unfinished" />
  </message>
  <message>
   <location filename="../mymap_plugin/ward_map/schema.py" line="147" />
   <source>Residential group</source>
   <translation type="unfinished" />
  </message>
  <message>
   <location filename="../mymap_plugin/ward_map/schema.py" line="149" />
   <source>Status</source>
   <translation type="unfinished" />
  </message>
  <message>
   <location filename="../mymap_plugin/ward_map/schema.py" line="150" />
   <source>Survey date</source>
   <translation type="unfinished" />
  </message>
  <message>
   <location filename="../mymap_plugin/ward_map/schema.py" line="151" />
   <source>Surveyor (staff id)</source>
   <translation type="unfinished" />
  </message>
  <message>
   <location filename="../mymap_plugin/ward_map/schema.py" line="152" />
   <source>Position source</source>
   <translation type="unfinished" />
  </message>
  <message>
   <location filename="../mymap_plugin/ward_map/schema.py" line="153" />
   <source>Position accuracy (m)</source>
   <translation type="unfinished" />
  </message>
  <message>
   <location filename="../mymap_plugin/ward_map/schema.py" line="154" />
   <source>Photo</source>
   <translation type="unfinished" />
  </message>
  <message>
   <location filename="../mymap_plugin/ward_map/schema.py" line="155" />
   <location filename="../mymap_plugin/ward_map/schema.py" line="318" />
   <source>Notes</source>
   <translation type="unfinished" />
  </message>
  <message>
   <location filename="../mymap_plugin/ward_map/schema.py" line="156" />
   <source>Created at (UTC)</source>
   <translation type="unfinished" />
  </message>
  <message>
   <location filename="../mymap_plugin/ward_map/schema.py" line="157" />
   <source>Created by</source>
   <translation type="unfinished" />
  </message>
  <message>
   <location filename="../mymap_plugin/ward_map/schema.py" line="159" />
   <source>Updated at (UTC)</source>
   <translation type="unfinished" />
  </message>
  <message>
   <location filename="../mymap_plugin/ward_map/schema.py" line="160" />
   <source>Updated by</source>
   <translation type="unfinished" />
  </message>
  <message>
   <location filename="../mymap_plugin/ward_map/schema.py" line="298" />
   <source>Station</source>
   <translation type="unfinished" />
  </message>
  <message>
   <location filename="../mymap_plugin/ward_map/schema.py" line="299" />
   <source>Measured at (UTC)</source>
   <translation type="unfinished" />
  </message>
  <message>
   <location filename="../mymap_plugin/ward_map/schema.py" line="300" />
   <source>Water depth (cm)</source>
   <translation type="unfinished" />
  </message>
  <message>
   <location filename="../mymap_plugin/ward_map/schema.py" line="301" />
   <source>Raw distance (mm)</source>
   <translation type="unfinished" />
  </message>
  <message>
   <location filename="../mymap_plugin/ward_map/schema.py" line="302" />
   <source>Battery (V)</source>
   <translation type="unfinished" />
  </message>
  <message>
   <location filename="../mymap_plugin/ward_map/schema.py" line="303" />
   <source>Quality</source>
   <translation type="unfinished" />
  </message>
  <message>
   <location filename="../mymap_plugin/ward_map/schema.py" line="304" />
   <source>Alert level</source>
   <translation type="unfinished" />
  </message>
  <message>
   <location filename="../mymap_plugin/ward_map/schema.py" line="310" />
   <source>Group id</source>
   <translation type="unfinished" />
  </message>
  <message>
   <location filename="../mymap_plugin/ward_map/schema.py" line="313" />
   <source>Name</source>
   <translation type="unfinished" />
  </message>
  <message>
   <location filename="../mymap_plugin/ward_map/schema.py" line="315" />
   <source>Valid from</source>
   <translation type="unfinished" />
  </message>
  <message>
   <location filename="../mymap_plugin/ward_map/schema.py" line="316" />
   <source>Valid until</source>
   <translation type="unfinished" />
  </message>
  <message>
   <location filename="../mymap_plugin/ward_map/schema.py" line="317" />
   <location filename="../mymap_plugin/ward_map/schema.py" line="193" />
   <source>Households</source>
   <translation type="unfinished" />
  </message>
  <message>
   <location filename="../mymap_plugin/ward_map/schema.py" line="324" />
   <source>Species id</source>
   <translation type="unfinished" />
  </message>
  <message>
   <location filename="../mymap_plugin/ward_map/schema.py" line="325" />
   <source>Vietnamese name</source>
   <translation type="unfinished" />
  </message>
  <message>
   <location filename="../mymap_plugin/ward_map/schema.py" line="326" />
   <source>Scientific name</source>
   <translation type="unfinished" />
  </message>
  <message>
   <location filename="../mymap_plugin/ward_map/schema.py" line="327" />
   <source>Planting rule</source>
   <translation type="unfinished" />
  </message>
  <message>
   <location filename="../mymap_plugin/ward_map/schema.py" line="173" />
   <source>House number</source>
   <translation type="unfinished" />
  </message>
  <message>
   <location filename="../mymap_plugin/ward_map/schema.py" line="176" />
   <source>Alley (ngõ)</source>
   <translation type="unfinished" />
  </message>
  <message>
   <location filename="../mymap_plugin/ward_map/schema.py" line="177" />
   <source>Sub-alley (ngách)</source>
   <translation type="unfinished" />
  </message>
  <message>
   <location filename="../mymap_plugin/ward_map/schema.py" line="178" />
   <source>Street</source>
   <translation type="unfinished" />
  </message>
  <message>
   <location filename="../mymap_plugin/ward_map/schema.py" line="179" />
   <source>Full address</source>
   <translation type="unfinished" />
  </message>
  <message>
   <location filename="../mymap_plugin/ward_map/schema.py" line="180" />
   <source>House number plate</source>
   <translation type="unfinished" />
  </message>
  <message>
   <location filename="../mymap_plugin/ward_map/schema.py" line="181" />
   <source>Building type</source>
   <translation type="unfinished" />
  </message>
  <message>
   <location filename="../mymap_plugin/ward_map/schema.py" line="182" />
   <source>Structure class</source>
   <translation type="unfinished" />
  </message>
  <message>
   <location filename="../mymap_plugin/ward_map/schema.py" line="183" />
   <source>Floors above ground</source>
   <translation type="unfinished" />
  </message>
  <message>
   <location filename="../mymap_plugin/ward_map/schema.py" line="184" />
   <source>Floors below ground</source>
   <translation type="unfinished" />
  </message>
  <message>
   <location filename="../mymap_plugin/ward_map/schema.py" line="185" />
   <location filename="../mymap_plugin/ward_map/schema.py" line="201" />
   <source>Height (m)</source>
   <translation type="unfinished" />
  </message>
  <message>
   <location filename="../mymap_plugin/ward_map/schema.py" line="186" />
   <source>Footprint area (m²)</source>
   <translation type="unfinished" />
  </message>
  <message>
   <location filename="../mymap_plugin/ward_map/schema.py" line="188" />
   <source>Use</source>
   <translation type="unfinished" />
  </message>
  <message>
   <location filename="../mymap_plugin/ward_map/schema.py" line="189" />
   <source>Ownership</source>
   <translation type="unfinished" />
  </message>
  <message>
   <location filename="../mymap_plugin/ward_map/schema.py" line="190" />
   <source>Year built</source>
   <translation type="unfinished" />
  </message>
  <message>
   <location filename="../mymap_plugin/ward_map/schema.py" line="191" />
   <source>Cadastral map sheet no.</source>
   <translation type="unfinished" />
  </message>
  <message>
   <location filename="../mymap_plugin/ward_map/schema.py" line="192" />
   <source>Parcel no.</source>
   <translation type="unfinished" />
  </message>
  <message>
   <location filename="../mymap_plugin/ward_map/schema.py" line="194" />
   <source>Residents (total only)</source>
   <translation type="unfinished" />
  </message>
  <message>
   <location filename="../mymap_plugin/ward_map/schema.py" line="196" />
   <source>Prone to flooding</source>
   <translation type="unfinished" />
  </message>
  <message>
   <location filename="../mymap_plugin/ward_map/schema.py" line="200" />
   <source>Species</source>
   <translation type="unfinished" />
  </message>
  <message>
   <location filename="../mymap_plugin/ward_map/schema.py" line="202" />
   <source>Trunk diameter at 1.3 m (cm)</source>
   <translation type="unfinished" />
  </message>
  <message>
   <location filename="../mymap_plugin/ward_map/schema.py" line="203" />
   <source>Canopy diameter (m)</source>
   <translation type="unfinished" />
  </message>
  <message>
   <location filename="../mymap_plugin/ward_map/schema.py" line="204" />
   <source>Planting year</source>
   <translation type="unfinished" />
  </message>
  <message>
   <location filename="../mymap_plugin/ward_map/schema.py" line="205" />
   <source>Location</source>
   <translation type="unfinished" />
  </message>
  <message>
   <location filename="../mymap_plugin/ward_map/schema.py" line="206" />
   <location filename="../mymap_plugin/ward_map/schema.py" line="236" />
   <location filename="../mymap_plugin/ward_map/schema.py" line="256" />
   <source>Condition</source>
   <translation type="unfinished" />
  </message>
  <message>
   <location filename="../mymap_plugin/ward_map/schema.py" line="207" />
   <source>Risk level</source>
   <translation type="unfinished" />
  </message>
  <message>
   <location filename="../mymap_plugin/ward_map/schema.py" line="208" />
   <source>Heritage tree</source>
   <translation type="unfinished" />
  </message>
  <message>
   <location filename="../mymap_plugin/ward_map/schema.py" line="209" />
   <source>Conservation</source>
   <translation type="unfinished" />
  </message>
  <message>
   <location filename="../mymap_plugin/ward_map/schema.py" line="210" />
   <source>Last inspection</source>
   <translation type="unfinished" />
  </message>
  <message>
   <location filename="../mymap_plugin/ward_map/schema.py" line="211" />
   <source>Last pruning</source>
   <translation type="unfinished" />
  </message>
  <message>
   <location filename="../mymap_plugin/ward_map/schema.py" line="212" />
   <source>Managing unit</source>
   <translation type="unfinished" />
  </message>
  <message>
   <location filename="../mymap_plugin/ward_map/schema.py" line="216" />
   <source>A heritage tree is at least 50 years old: check the planting year.</source>
   <translation type="unfinished" />
  </message>
  <message>
   <location filename="../mymap_plugin/ward_map/schema.py" line="220" />
   <source>Line type</source>
   <translation type="unfinished" />
  </message>
  <message>
   <location filename="../mymap_plugin/ward_map/schema.py" line="221" />
   <source>System</source>
   <translation type="unfinished" />
  </message>
  <message>
   <location filename="../mymap_plugin/ward_map/schema.py" line="222" />
   <source>Diameter (mm)</source>
   <translation type="unfinished" />
  </message>
  <message>
   <location filename="../mymap_plugin/ward_map/schema.py" line="223" />
   <source>Width (mm)</source>
   <translation type="unfinished" />
  </message>
  <message>
   <location filename="../mymap_plugin/ward_map/schema.py" line="224" />
   <source>Height (mm)</source>
   <translation type="unfinished" />
  </message>
  <message>
   <location filename="../mymap_plugin/ward_map/schema.py" line="225" />
   <source>Material</source>
   <translation type="unfinished" />
  </message>
  <message>
   <location filename="../mymap_plugin/ward_map/schema.py" line="226" />
   <source>Length (m)</source>
   <translation type="unfinished" />
  </message>
  <message>
   <location filename="../mymap_plugin/ward_map/schema.py" line="227" />
   <source>Upstream invert level (m, Hon Dau)</source>
   <translation type="unfinished" />
  </message>
  <message>
   <location filename="../mymap_plugin/ward_map/schema.py" line="228" />
   <source>Downstream invert level (m, Hon Dau)</source>
   <translation type="unfinished" />
  </message>
  <message>
   <location filename="../mymap_plugin/ward_map/schema.py" line="229" />
   <source>Slope (‰)</source>
   <translation type="unfinished" />
  </message>
  <message>
   <location filename="../mymap_plugin/ward_map/schema.py" line="232" />
   <source>Upstream node</source>
   <translation type="unfinished" />
  </message>
  <message>
   <location filename="../mymap_plugin/ward_map/schema.py" line="234" />
   <source>Downstream node</source>
   <translation type="unfinished" />
  </message>
  <message>
   <location filename="../mymap_plugin/ward_map/schema.py" line="237" />
   <source>Last dredged</source>
   <translation type="unfinished" />
  </message>
  <message>
   <location filename="../mymap_plugin/ward_map/schema.py" line="240" />
   <source>A circular pipe needs its diameter.</source>
   <translation type="unfinished" />
  </message>
  <message>
   <location filename="../mymap_plugin/ward_map/schema.py" line="243" />
   <source>Water must flow downstream: the upstream invert must be higher than the downstream invert (or the line drawn the other way).</source>
   <translation type="unfinished" />
  </message>
  <message>
   <location filename="../mymap_plugin/ward_map/schema.py" line="247" />
   <source>A line cannot start and end at the same node.</source>
   <translation type="unfinished" />
  </message>
  <message>
   <location filename="../mymap_plugin/ward_map/schema.py" line="251" />
   <source>Node type</source>
   <translation type="unfinished" />
  </message>
  <message>
   <location filename="../mymap_plugin/ward_map/schema.py" line="252" />
   <source>Rim level (m, Hon Dau)</source>
   <translation type="unfinished" />
  </message>
  <message>
   <location filename="../mymap_plugin/ward_map/schema.py" line="253" />
   <source>Invert level (m, Hon Dau)</source>
   <translation type="unfinished" />
  </message>
  <message>
   <location filename="../mymap_plugin/ward_map/schema.py" line="254" />
   <source>Cover material</source>
   <translation type="unfinished" />
  </message>
  <message>
   <location filename="../mymap_plugin/ward_map/schema.py" line="255" />
   <source>Cover condition</source>
   <translation type="unfinished" />
  </message>
  <message>
   <location filename="../mymap_plugin/ward_map/schema.py" line="260" />
   <source>The invert level must be below the rim level.</source>
   <translation type="unfinished" />
  </message>
  <message>
   <location filename="../mymap_plugin/ward_map/schema.py" line="271" />
   <source>Station name</source>
   <translation type="unfinished" />
  </message>
  <message>
   <location filename="../mymap_plugin/ward_map/schema.py" line="272" />
   <source>Flood hotspot</source>
   <translation type="unfinished" />
  </message>
  <message>
   <location filename="../mymap_plugin/ward_map/schema.py" line="273" />
   <source>Sensor type</source>
   <translation type="unfinished" />
  </message>
  <message>
   <location filename="../mymap_plugin/ward_map/schema.py" line="274" />
   <source>Communication</source>
   <translation type="unfinished" />
  </message>
  <message>
   <location filename="../mymap_plugin/ward_map/schema.py" line="275" />
   <source>Road surface level (m, Hon Dau)</source>
   <translation type="unfinished" />
  </message>
  <message>
   <location filename="../mymap_plugin/ward_map/schema.py" line="276" />
   <source>Sensor level (m, Hon Dau)</source>
   <translation type="unfinished" />
  </message>
  <message>
   <location filename="../mymap_plugin/ward_map/schema.py" line="277" />
   <source>Depth offset (cm)</source>
   <translation type="unfinished" />
  </message>
  <message>
   <location filename="../mymap_plugin/ward_map/schema.py" line="278" />
   <source>Reporting interval (s)</source>
   <translation type="unfinished" />
  </message>
  <message>
   <location filename="../mymap_plugin/ward_map/schema.py" line="280" />
   <source>Alert threshold 1 (cm)</source>
   <translation type="unfinished" />
  </message>
  <message>
   <location filename="../mymap_plugin/ward_map/schema.py" line="282" />
   <source>Alert threshold 2 (cm)</source>
   <translation type="unfinished" />
  </message>
  <message>
   <location filename="../mymap_plugin/ward_map/schema.py" line="284" />
   <source>Alert threshold 3 (cm)</source>
   <translation type="unfinished" />
  </message>
  <message>
   <location filename="../mymap_plugin/ward_map/schema.py" line="286" />
   <source>Operating status</source>
   <translation type="unfinished" />
  </message>
  <message>
   <location filename="../mymap_plugin/ward_map/schema.py" line="288" />
   <source>Last reading at (UTC)</source>
   <translation type="unfinished" />
  </message>
  <message>
   <location filename="../mymap_plugin/ward_map/schema.py" line="289" />
   <source>Last water depth (cm)</source>
   <translation type="unfinished" />
  </message>
  <message>
   <location filename="../mymap_plugin/ward_map/schema.py" line="290" />
   <source>Current alert level</source>
   <translation type="unfinished" />
  </message>
  <message>
   <location filename="../mymap_plugin/ward_map/schema.py" line="291" />
   <source>SensorThings Thing id</source>
   <translation type="unfinished" />
  </message>
  <message>
   <location filename="../mymap_plugin/ward_map/schema.py" line="292" />
   <source>SensorThings Datastream id</source>
   <translation type="unfinished" />
  </message>
  <message>
   <location filename="../mymap_plugin/ward_map/schema.py" line="312" />
   <source>A group id is the ward code, a hyphen and three digits, e.g. 12103-007.</source>
   <translation type="unfinished" />
  </message>
  <message>
   <location filename="../mymap_plugin/ward_map/schema.py" line="73" />
   <source>Tag not attached</source>
   <translation type="unfinished" />
  </message>
  <message>
   <location filename="../mymap_plugin/ward_map/schema.py" line="73" />
   <source>Tag attached</source>
   <translation type="unfinished" />
  </message>
  <message>
   <location filename="../mymap_plugin/ward_map/schema.py" line="74" />
   <source>Tag damaged</source>
   <translation type="unfinished" />
  </message>
  <message>
   <location filename="../mymap_plugin/ward_map/schema.py" line="74" />
   <source>Tag lost</source>
   <translation type="unfinished" />
  </message>
  <message>
   <location filename="../mymap_plugin/ward_map/schema.py" line="75" />
   <source>Tag withdrawn</source>
   <translation type="unfinished" />
  </message>
  <message>
   <location filename="../mymap_plugin/ward_map/schema.py" line="76" />
   <source>Existing</source>
   <translation type="unfinished" />
  </message>
  <message>
   <location filename="../mymap_plugin/ward_map/schema.py" line="76" />
   <source>Under construction</source>
   <translation type="unfinished" />
  </message>
  <message>
   <location filename="../mymap_plugin/ward_map/schema.py" line="77" />
   <source>Demolished</source>
   <translation type="unfinished" />
  </message>
  <message>
   <location filename="../mymap_plugin/ward_map/schema.py" line="77" />
   <source>Out of use</source>
   <translation type="unfinished" />
  </message>
  <message>
   <location filename="../mymap_plugin/ward_map/schema.py" line="78" />
   <source>RTK survey</source>
   <translation type="unfinished" />
  </message>
  <message>
   <location filename="../mymap_plugin/ward_map/schema.py" line="78" />
   <source>Ordinary GNSS</source>
   <translation type="unfinished" />
  </message>
  <message>
   <location filename="../mymap_plugin/ward_map/schema.py" line="79" />
   <source>Digitised from imagery</source>
   <translation type="unfinished" />
  </message>
  <message>
   <location filename="../mymap_plugin/ward_map/schema.py" line="80" />
   <source>Cadastral map</source>
   <translation type="unfinished" />
  </message>
  <message>
   <location filename="../mymap_plugin/ward_map/schema.py" line="80" />
   <location filename="../mymap_plugin/ward_map/schema.py" line="85" />
   <location filename="../mymap_plugin/ward_map/schema.py" line="87" />
   <source>Other</source>
   <translation type="unfinished" />
  </message>
  <message>
   <location filename="../mymap_plugin/ward_map/schema.py" line="81" />
   <source>Has a number plate</source>
   <translation type="unfinished" />
  </message>
  <message>
   <location filename="../mymap_plugin/ward_map/schema.py" line="81" />
   <source>No number plate</source>
   <translation type="unfinished" />
  </message>
  <message>
   <location filename="../mymap_plugin/ward_map/schema.py" line="82" />
   <source>Plate damaged</source>
   <translation type="unfinished" />
  </message>
  <message>
   <location filename="../mymap_plugin/ward_map/schema.py" line="83" />
   <source>Detached house</source>
   <translation type="unfinished" />
  </message>
  <message>
   <location filename="../mymap_plugin/ward_map/schema.py" line="83" />
   <source>Terraced house</source>
   <translation type="unfinished" />
  </message>
  <message>
   <location filename="../mymap_plugin/ward_map/schema.py" line="84" />
   <source>Villa</source>
   <translation type="unfinished" />
  </message>
  <message>
   <location filename="../mymap_plugin/ward_map/schema.py" line="84" />
   <source>Apartment block</source>
   <translation type="unfinished" />
  </message>
  <message>
   <location filename="../mymap_plugin/ward_map/schema.py" line="85" />
   <source>Temporary building</source>
   <translation type="unfinished" />
  </message>
  <message>
   <location filename="../mymap_plugin/ward_map/schema.py" line="86" />
   <source>Permanent</source>
   <translation type="unfinished" />
  </message>
  <message>
   <location filename="../mymap_plugin/ward_map/schema.py" line="86" />
   <source>Semi-permanent</source>
   <translation type="unfinished" />
  </message>
  <message>
   <location filename="../mymap_plugin/ward_map/schema.py" line="87" />
   <source>Temporary</source>
   <translation type="unfinished" />
  </message>
  <message>
   <location filename="../mymap_plugin/ward_map/schema.py" line="88" />
   <source>Residential</source>
   <translation type="unfinished" />
  </message>
  <message>
   <location filename="../mymap_plugin/ward_map/schema.py" line="88" />
   <source>Residential and business</source>
   <translation type="unfinished" />
  </message>
  <message>
   <location filename="../mymap_plugin/ward_map/schema.py" line="89" />
   <source>Business and services</source>
   <translation type="unfinished" />
  </message>
  <message>
   <location filename="../mymap_plugin/ward_map/schema.py" line="90" />
   <source>Public office</source>
   <translation type="unfinished" />
  </message>
  <message>
   <location filename="../mymap_plugin/ward_map/schema.py" line="90" />
   <source>Education</source>
   <translation type="unfinished" />
  </message>
  <message>
   <location filename="../mymap_plugin/ward_map/schema.py" line="91" />
   <source>Health care</source>
   <translation type="unfinished" />
  </message>
  <message>
   <location filename="../mymap_plugin/ward_map/schema.py" line="91" />
   <source>Religious</source>
   <translation type="unfinished" />
  </message>
  <message>
   <location filename="../mymap_plugin/ward_map/schema.py" line="92" />
   <source>Production and storage</source>
   <translation type="unfinished" />
  </message>
  <message>
   <location filename="../mymap_plugin/ward_map/schema.py" line="92" />
   <source>Vacant</source>
   <translation type="unfinished" />
  </message>
  <message>
   <location filename="../mymap_plugin/ward_map/schema.py" line="94" />
   <source>Private household</source>
   <translation type="unfinished" />
  </message>
  <message>
   <location filename="../mymap_plugin/ward_map/schema.py" line="94" />
   <source>State</source>
   <translation type="unfinished" />
  </message>
  <message>
   <location filename="../mymap_plugin/ward_map/schema.py" line="95" />
   <source>Organisation</source>
   <translation type="unfinished" />
  </message>
  <message>
   <location filename="../mymap_plugin/ward_map/schema.py" line="96" />
   <source>Normal</source>
   <translation type="unfinished" />
  </message>
  <message>
   <location filename="../mymap_plugin/ward_map/schema.py" line="96" />
   <source>Planting restricted</source>
   <translation type="unfinished" />
  </message>
  <message>
   <location filename="../mymap_plugin/ward_map/schema.py" line="97" />
   <source>Planting banned</source>
   <translation type="unfinished" />
  </message>
  <message>
   <location filename="../mymap_plugin/ward_map/schema.py" line="98" />
   <source>Pavement</source>
   <translation type="unfinished" />
  </message>
  <message>
   <location filename="../mymap_plugin/ward_map/schema.py" line="98" />
   <source>Median strip</source>
   <translation type="unfinished" />
  </message>
  <message>
   <location filename="../mymap_plugin/ward_map/schema.py" line="99" />
   <source>Park or garden</source>
   <translation type="unfinished" />
  </message>
  <message>
   <location filename="../mymap_plugin/ward_map/schema.py" line="100" />
   <source>Institution grounds</source>
   <translation type="unfinished" />
  </message>
  <message>
   <location filename="../mymap_plugin/ward_map/schema.py" line="101" />
   <source>River or lake bank</source>
   <translation type="unfinished" />
  </message>
  <message>
   <location filename="../mymap_plugin/ward_map/schema.py" line="102" />
   <location filename="../mymap_plugin/ward_map/schema.py" line="117" />
   <location filename="../mymap_plugin/ward_map/schema.py" line="124" />
   <source>Good</source>
   <translation type="unfinished" />
  </message>
  <message>
   <location filename="../mymap_plugin/ward_map/schema.py" line="102" />
   <source>Fair</source>
   <translation type="unfinished" />
  </message>
  <message>
   <location filename="../mymap_plugin/ward_map/schema.py" line="102" />
   <source>Poor</source>
   <translation type="unfinished" />
  </message>
  <message>
   <location filename="../mymap_plugin/ward_map/schema.py" line="103" />
   <source>Pests or disease</source>
   <translation type="unfinished" />
  </message>
  <message>
   <location filename="../mymap_plugin/ward_map/schema.py" line="103" />
   <source>Leaning</source>
   <translation type="unfinished" />
  </message>
  <message>
   <location filename="../mymap_plugin/ward_map/schema.py" line="104" />
   <source>Hollow or rotten</source>
   <translation type="unfinished" />
  </message>
  <message>
   <location filename="../mymap_plugin/ward_map/schema.py" line="104" />
   <source>Dead</source>
   <translation type="unfinished" />
  </message>
  <message>
   <location filename="../mymap_plugin/ward_map/schema.py" line="105" />
   <source>Low</source>
   <translation type="unfinished" />
  </message>
  <message>
   <location filename="../mymap_plugin/ward_map/schema.py" line="105" />
   <source>Medium</source>
   <translation type="unfinished" />
  </message>
  <message>
   <location filename="../mymap_plugin/ward_map/schema.py" line="105" />
   <source>High</source>
   <translation type="unfinished" />
  </message>
  <message>
   <location filename="../mymap_plugin/ward_map/schema.py" line="106" />
   <source>None</source>
   <translation type="unfinished" />
  </message>
  <message>
   <location filename="../mymap_plugin/ward_map/schema.py" line="106" />
   <source>Monitored</source>
   <translation type="unfinished" />
  </message>
  <message>
   <location filename="../mymap_plugin/ward_map/schema.py" line="107" />
   <source>Protected</source>
   <translation type="unfinished" />
  </message>
  <message>
   <location filename="../mymap_plugin/ward_map/schema.py" line="108" />
   <source>Circular pipe</source>
   <translation type="unfinished" />
  </message>
  <message>
   <location filename="../mymap_plugin/ward_map/schema.py" line="108" />
   <source>Box culvert</source>
   <translation type="unfinished" />
  </message>
  <message>
   <location filename="../mymap_plugin/ward_map/schema.py" line="109" />
   <source>Open ditch</source>
   <translation type="unfinished" />
  </message>
  <message>
   <location filename="../mymap_plugin/ward_map/schema.py" line="109" />
   <source>Covered ditch</source>
   <translation type="unfinished" />
  </message>
  <message>
   <location filename="../mymap_plugin/ward_map/schema.py" line="110" />
   <source>Gutter</source>
   <translation type="unfinished" />
  </message>
  <message>
   <location filename="../mymap_plugin/ward_map/schema.py" line="110" />
   <source>Canal</source>
   <translation type="unfinished" />
  </message>
  <message>
   <location filename="../mymap_plugin/ward_map/schema.py" line="111" />
   <source>Storm water</source>
   <translation type="unfinished" />
  </message>
  <message>
   <location filename="../mymap_plugin/ward_map/schema.py" line="111" />
   <source>Waste water</source>
   <translation type="unfinished" />
  </message>
  <message>
   <location filename="../mymap_plugin/ward_map/schema.py" line="112" />
   <source>Combined</source>
   <translation type="unfinished" />
  </message>
  <message>
   <location filename="../mymap_plugin/ward_map/schema.py" line="113" />
   <source>Reinforced concrete</source>
   <translation type="unfinished" />
  </message>
  <message>
   <location filename="../mymap_plugin/ward_map/schema.py" line="113" />
   <location filename="../mymap_plugin/ward_map/schema.py" line="123" />
   <source>Concrete</source>
   <translation type="unfinished" />
  </message>
  <message>
   <location filename="../mymap_plugin/ward_map/schema.py" line="114" />
   <source>Brick masonry</source>
   <translation type="unfinished" />
  </message>
  <message>
   <location filename="../mymap_plugin/ward_map/schema.py" line="114" />
   <source>HDPE plastic</source>
   <translation type="unfinished" />
  </message>
  <message>
   <location filename="../mymap_plugin/ward_map/schema.py" line="115" />
   <source>uPVC</source>
   <translation type="unfinished" />
  </message>
  <message>
   <location filename="../mymap_plugin/ward_map/schema.py" line="115" />
   <location filename="../mymap_plugin/ward_map/schema.py" line="122" />
   <source>Cast iron</source>
   <translation type="unfinished" />
  </message>
  <message>
   <location filename="../mymap_plugin/ward_map/schema.py" line="115" />
   <source>Earth</source>
   <translation type="unfinished" />
  </message>
  <message>
   <location filename="../mymap_plugin/ward_map/schema.py" line="117" />
   <source>Silted</source>
   <translation type="unfinished" />
  </message>
  <message>
   <location filename="../mymap_plugin/ward_map/schema.py" line="117" />
   <source>Blocked</source>
   <translation type="unfinished" />
  </message>
  <message>
   <location filename="../mymap_plugin/ward_map/schema.py" line="118" />
   <location filename="../mymap_plugin/ward_map/schema.py" line="124" />
   <source>Broken</source>
   <translation type="unfinished" />
  </message>
  <message>
   <location filename="../mymap_plugin/ward_map/schema.py" line="118" />
   <source>Subsided</source>
   <translation type="unfinished" />
  </message>
  <message>
   <location filename="../mymap_plugin/ward_map/schema.py" line="119" />
   <source>Manhole</source>
   <translation type="unfinished" />
  </message>
  <message>
   <location filename="../mymap_plugin/ward_map/schema.py" line="119" />
   <source>Gully inlet</source>
   <translation type="unfinished" />
  </message>
  <message>
   <location filename="../mymap_plugin/ward_map/schema.py" line="119" />
   <source>Outfall</source>
   <translation type="unfinished" />
  </message>
  <message>
   <location filename="../mymap_plugin/ward_map/schema.py" line="120" />
   <source>Pumping station</source>
   <translation type="unfinished" />
  </message>
  <message>
   <location filename="../mymap_plugin/ward_map/schema.py" line="120" />
   <source>Tide gate</source>
   <translation type="unfinished" />
  </message>
  <message>
   <location filename="../mymap_plugin/ward_map/schema.py" line="122" />
   <source>Composite</source>
   <translation type="unfinished" />
  </message>
  <message>
   <location filename="../mymap_plugin/ward_map/schema.py" line="123" />
   <source>No cover</source>
   <translation type="unfinished" />
  </message>
  <message>
   <location filename="../mymap_plugin/ward_map/schema.py" line="124" />
   <source>Cover missing</source>
   <translation type="unfinished" />
  </message>
  <message>
   <location filename="../mymap_plugin/ward_map/schema.py" line="125" />
   <source>Ultrasonic</source>
   <translation type="unfinished" />
  </message>
  <message>
   <location filename="../mymap_plugin/ward_map/schema.py" line="125" />
   <source>Radar</source>
   <translation type="unfinished" />
  </message>
  <message>
   <location filename="../mymap_plugin/ward_map/schema.py" line="126" />
   <source>Pressure</source>
   <translation type="unfinished" />
  </message>
  <message>
   <location filename="../mymap_plugin/ward_map/schema.py" line="126" />
   <source>Float</source>
   <translation type="unfinished" />
  </message>
  <message>
   <location filename="../mymap_plugin/ward_map/schema.py" line="126" />
   <source>Camera</source>
   <translation type="unfinished" />
  </message>
  <message>
   <location filename="../mymap_plugin/ward_map/schema.py" line="127" />
   <source>LoRaWAN</source>
   <translation type="unfinished" />
  </message>
  <message>
   <location filename="../mymap_plugin/ward_map/schema.py" line="127" />
   <source>NB-IoT</source>
   <translation type="unfinished" />
  </message>
  <message>
   <location filename="../mymap_plugin/ward_map/schema.py" line="127" />
   <source>4G mobile</source>
   <translation type="unfinished" />
  </message>
  <message>
   <location filename="../mymap_plugin/ward_map/schema.py" line="128" />
   <source>Wi-Fi</source>
   <translation type="unfinished" />
  </message>
  <message>
   <location filename="../mymap_plugin/ward_map/schema.py" line="129" />
   <source>Online</source>
   <translation type="unfinished" />
  </message>
  <message>
   <location filename="../mymap_plugin/ward_map/schema.py" line="129" />
   <source>Offline</source>
   <translation type="unfinished" />
  </message>
  <message>
   <location filename="../mymap_plugin/ward_map/schema.py" line="130" />
   <source>Maintenance</source>
   <translation type="unfinished" />
  </message>
  <message>
   <location filename="../mymap_plugin/ward_map/schema.py" line="130" />
   <source>Stopped</source>
   <translation type="unfinished" />
  </message>
  <message>
   <location filename="../mymap_plugin/ward_map/schema.py" line="131" />
   <source>Suspect</source>
   <translation type="unfinished" />
  </message>
  <message>
   <location filename="../mymap_plugin/ward_map/schema.py" line="131" />
   <source>Error</source>
   <translation type="unfinished" />
  </message>
  <message>
   <location filename="../mymap_plugin/ward_map/schema.py" line="175" />
   <source>A house number looks like 12, 12A or 12/3.</source>
   <translation type="unfinished" />
  </message>
  <message>
   <location filename="../mymap_plugin/ward_map/styles.py" line="134" />
   <source>No reading</source>
   <translation type="unfinished" />
  </message>
  <message>
   <location filename="../mymap_plugin/ward_map/ward_settings.py" line="57" />
   <source>The ward name is empty: enter the ward's name, e.g. Phường Mỹ Hào.</source>
   <translation type="unfinished" />
  </message>
  <message>
   <location filename="../mymap_plugin/ward_map/ward_settings.py" line="59" />
   <source>The ward name is too long (at most 100 characters).</source>
   <translation type="unfinished" />
  </message>
  <message>
   <location filename="../mymap_plugin/ward_map/ward_settings.py" line="93" />
   <source>The QR link template must contain {code} or {uuid}, otherwise every tag would lead to the same page.</source>
   <translation type="unfinished" />
  </message>
  <message>
   <location filename="../mymap_plugin/ward_map/ward_settings.py" line="41" />
   <source>The ward code '{}' is not valid: a ward or commune code has exactly 5 digits, e.g. 12103 for Mỹ Hào.</source>
   <translation type="unfinished" />
  </message>
  <message>
   <location filename="../mymap_plugin/ward_map/ward_settings.py" line="49" />
   <source>The province code '{}' is not valid: a province code has exactly 2 digits, e.g. 33 for Hưng Yên.</source>
   <translation type="unfinished" />
  </message>
  <message>
   <location filename="../mymap_plugin/ward_map/ward_settings.py" line="70" />
   <source>The coordinate reference system '{}' is not known. Use an EPSG code such as EPSG:9209 (VN-2000 / TM-3 105°30').</source>
   <translation type="unfinished" />
  </message>
  <message>
   <location filename="../mymap_plugin/ward_map/ward_settings.py" line="73" />
   <source>The coordinate reference system {} is not projected in metres. Use the ward's VN-2000 TM-3 zone, e.g. EPSG:9209 for Hưng Yên.</source>
   <translation type="unfinished" />
  </message>
  <message>
   <location filename="../mymap_plugin/ward_map/ward_settings.py" line="82" />
   <source>The QR link template is empty: use e.g. {}.</source>
   <translation type="unfinished" />
  </message>
  <message>
   <location filename="../mymap_plugin/ward_map/ward_settings.py" line="90" />
   <source>The QR link template uses the unknown placeholder {{{}}}; the known ones are {{code}}, {{uuid}} and {{layer}}.</source>
   <translation type="unfinished" />
  </message>
  <message>
   <location filename="../mymap_plugin/ward_map/ward_settings.py" line="108" />
   <source>The file {} does not exist.</source>
   <translation type="unfinished" />
  </message>
  <message>
   <location filename="../mymap_plugin/ward_map/ward_settings.py" line="115" />
   <source>{} is not a GeoPackage. Choose a ward map (.gpkg) made by MyMap.</source>
   <translation type="unfinished" />
  </message>
  <message>
   <location filename="../mymap_plugin/ward_map/ward_settings.py" line="133" />
   <source>{} was made by a newer MyMap (data version {}; this MyMap reads up to version {}). Update the MyMap plugin to open it.</source>
   <translation type="unfinished" />
  </message>
  <message>
   <location filename="../mymap_plugin/ward_map/ward_settings.py" line="137" />
   <source>{} has damaged ward settings (no data version or ward code).</source>
   <translation type="unfinished" />
  </message>
  <message>
   <location filename="../mymap_plugin/ward_map/ward_settings.py" line="87" />
   <source>The QR link template '{}' has an unmatched brace.</source>
   <translation type="unfinished" />
  </message>
  <message>
   <location filename="../mymap_plugin/ward_map/ward_settings.py" line="113" />
   <source>The file {} cannot be read: {}</source>
   <translation type="unfinished" />
  </message>
  <message>
   <location filename="../mymap_plugin/ward_map/ward_settings.py" line="125" />
   <source>{} is a GeoPackage but not a MyMap ward map (it has no ward settings). Create a ward map with “New ward map…”.</source>
   <translation type="unfinished" />
  </message>
 </context>
</TS>
