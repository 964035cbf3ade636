"""Issue 13 in the real QGIS desktop under Xvfb: the label dialog on trees (Vietnamese QGIS), the
New ward dialog in an English QGIS, and a moved ward map and a moved QField folder opened in a
QGIS profile without MyMap. The driver (drive_field_ready.py) does what a user does; these tests
prepare the files, read what it saw and check the files it made."""
import json
import math
import os
import shutil
from pathlib import Path

import pytest

from mymap_plugin.qr_labels.label_templates import ERROR_CORRECTION, MIN_MODULE_MM, PREFERRED_TEMPLATE, TEMPLATES
from mymap_plugin.ward_map import schema
from tests.conftest import LINK, TEST_OUTPUT, query, set_link_and_hotline
from tests.label_check import check_label_pdf

DRIVER = os.path.join(os.path.dirname(os.path.abspath(__file__)), "drive_field_ready.py")
DROP_DOWNS = ("ValueMap", "ValueRelation")
UNATTACHED = "qr_status IS NULL OR qr_status = 'chua_gan'"


def output_folder(name):
    output = TEST_OUTPUT / name
    shutil.rmtree(output, ignore_errors=True)
    output.mkdir(parents=True)
    return output


def drive(run_qgis, output, job, **options):
    (output / "job.json").write_text(json.dumps(job, ensure_ascii=False), encoding="utf-8")
    status, log = run_qgis(DRIVER, output, **options)
    assert b"Traceback" not in log, log.decode("utf-8", "replace")[-3000:]
    assert "error" not in status, status.get("error")
    return status


@pytest.mark.desktop
def test_label_dialog_prints_tree_tags_with_their_link(run_qgis, demo_ward_master):
    output = output_folder("desktop_tree_labels")
    ward = output / "my_hao.gpkg"
    shutil.copyfile(demo_ward_master, ward)
    set_link_and_hotline(ward)
    unattached = query(ward, "SELECT count(*) FROM trees WHERE " + UNATTACHED)[0][0]
    selected = [row[0] for row in query(ward, "SELECT asset_code FROM trees WHERE " + UNATTACHED +
                                        " ORDER BY asset_code LIMIT 20")]
    assert unattached > 100 and len(selected) == 20
    pdf = output / "tree_tags.pdf"
    status = drive(run_qgis, output, {"scenario": "labels", "ward": str(ward), "selected_codes": selected,
                                      "pdf": str(pdf)})
    assert status["steps"][-1] == "printed", status
    assert status["selected"] == 20
    tag = TEMPLATES[PREFERRED_TEMPLATE["trees"]]
    assert tag.id == "TAG_A4_8" and tag.slots_per_page == 8
    all_trees, selection = status["all_trees"], status["selection"]
    # The trees' own tag sheet, with the link, and the reason said in words.
    for seen in (all_trees, selection, status["back"]):
        assert seen["layer"] == status["trees_layer"]
        assert seen["template"] == tag.id and seen["payload"] == 0, seen
        assert seen["save_enabled"] and not seen["code_only_offered"], seen
        assert "TAG_A4_8" in seen["message"] and "8 nhãn mỗi tờ" in seen["message"], seen["message"]
        assert "dành cho loại tài sản này" in seen["message"], seen["message"]      # why this sheet
    assert status["trees_layer"] in all_trees["message"]
    assert "{} nhãn trên {} tờ".format(unattached, math.ceil(unattached / 8)) in all_trees["message"], \
        all_trees["message"]
    assert "20 nhãn trên 3 tờ" in selection["message"], selection["message"]
    # A sheet too small for the link: never switched silently; "code only" is offered.
    too_small = status["too_small"]
    assert too_small["template"] == "L7160" and too_small["payload"] == 0, too_small
    assert too_small["code_only_offered"] and not too_small["save_enabled"], too_small
    # Saved through the dialog's own Save button and file dialog: the QRs hold the trees' links.
    assert str(pdf) in status["printed_message"] and "20" in status["printed_message"]
    checks = check_label_pdf(pdf, tag, [LINK.format(code) for code in selected], ERROR_CORRECTION["trees"],
                             MIN_MODULE_MM["trees"])
    assert len(checks) == 20 and checks[0].text == LINK.format(selected[0])
    assert selected[0] in checks[0].printed


@pytest.mark.desktop
def test_new_ward_dialog_in_english_qgis_makes_a_vietnamese_ward(run_qgis):
    output = output_folder("desktop_new_ward_english")
    ward = output / "xuan_huong.gpkg"
    job = {"scenario": "new_ward", "ward": str(ward), "ward_name": "Phường Xuân Hương", "ward_code": "24769",
           "province_code": "68", "link_template": "HTTPS://XUANHUONG.LAMDONG.GOV.VN/A/{code}",
           "hotline": "0263 3822 111"}
    status = drive(run_qgis, output, job, locale="en")
    assert status["steps"][-1] == "opened", status
    # The dialog speaks English (QGIS's language) but offers a Vietnamese ward, starting empty with hints.
    assert status["dialog_title"] == "New ward map"
    assert status["languages"] == ["Vietnamese", "English"]
    assert status["language"] == "vi" and status["language_text"] == "Vietnamese"
    assert status["texts"] == ["", "", "", ""], "the New ward dialog must start empty"
    assert all(hint.strip() for hint in status["hints"]), status["hints"]
    assert not status["link_problem"], status["link_problem"]
    # The ward is Vietnamese: settings, layer titles, domain labels.
    settings = dict(query(ward, "SELECT key, value FROM mymap_ward_settings"))
    assert settings["language"] == "vi"
    assert settings["qr_link_template"] == job["link_template"]
    assert settings["ward_name"] == "Phường Xuân Hương"
    titles = dict(query(ward, "SELECT table_name, description FROM gpkg_contents"))
    assert titles["trees"] == "Cây xanh" and titles["housing"] == "Nhà ở", titles
    assert "Cây xanh" in status["layers"] and "Nhà ở" in status["layers"], status["layers"]
    english = [layer.title for layer in schema.LAYERS if layer.title in status["layers"]]
    assert english == [], "layers named in English in a Vietnamese ward: {}".format(english)
    styles = dict(query(ward, "SELECT f_table_name, styleQML FROM layer_styles"))
    assert "Tốt" in styles["trees"] and '"Good"' not in styles["trees"], "tree condition labels are not Vietnamese"


def moved_ward(demo_ward_master, folder):
    """The demo ward made elsewhere, then moved (not copied) to *folder*, as a file taken to another PC."""
    made = folder.parent / "made_here" / "my_hao.gpkg"
    made.parent.mkdir(parents=True)
    shutil.copyfile(demo_ward_master, made)
    folder.mkdir(parents=True)
    target = folder / made.name
    shutil.move(str(made), str(target))
    shutil.rmtree(made.parent)
    return target


def drop_down_job(path):
    """Values to show, and the names the drop-downs must show for them."""
    groups = dict(query(path, "SELECT group_id, name FROM residential_groups ORDER BY group_id"))
    species = dict(query(path, "SELECT species_id, name_vi FROM species ORDER BY species_id"))
    used_group = query(path, "SELECT residential_group_id FROM housing WHERE residential_group_id IS NOT NULL")
    used_species = query(path, "SELECT species_id FROM trees WHERE species_id IS NOT NULL")
    assert groups and species and used_group and used_species, "the demo ward must reference groups and species"
    return {"group_values": list(groups)[:5], "species_values": list(species)[:5]}, groups, species


def check_without_mymap(status, groups, species):
    assert status["steps"][-1] == "checked", status
    assert not status["mymap_loaded"], "MyMap must not be in this QGIS"
    assert status["layer_count"] >= 8 and status["invalid"] == [], status["invalid"]
    assert status["group_widget"] in DROP_DOWNS and status["species_widget"] in DROP_DOWNS, status
    assert status["groups"] == {str(k): v for k, v in groups.items() if str(k) in status["groups"]}
    assert len(status["groups"]) == min(5, len(groups)), status["groups"]
    assert status["species"] == {str(k): v for k, v in species.items() if str(k) in status["species"]}
    assert len(status["species"]) == min(5, len(species)), status["species"]
    assert not any(shown.startswith("(") for shown in list(status["groups"].values()) +
                   list(status["species"].values())), "a drop-down shows a stored code instead of a name"
    photo = status["photo"]
    assert photo["type"] == "ExternalResource" and photo["relative"] in (1, 2), photo


@pytest.mark.desktop
def test_moved_ward_map_opens_in_qgis_without_mymap(run_qgis, demo_ward_master):
    output = output_folder("desktop_moved_ward")
    ward = moved_ward(demo_ward_master, output / "another_pc")
    job, groups, species = drop_down_job(ward)
    job.update(scenario="moved", ward=str(ward), watchdog_s=40)
    status = drive(run_qgis, output, job, plugin=False)
    assert "housing" in status["tables"] and "trees" in status["tables"]
    check_without_mymap(status, groups, species)


@pytest.mark.desktop
def test_moved_qfield_folder_opens_in_qgis_without_mymap(run_qgis, demo_ward_master):
    from mymap_plugin.sync.qfield_package import package_for_qfield
    output = output_folder("desktop_qfield_folder")
    shared = output / "share" / "my_hao_shared.gpkg"
    shared.parent.mkdir()
    shutil.copyfile(demo_ward_master, shared)
    (output / "made").mkdir()
    made = package_for_qfield(output / "made" / "qfield_an", shared=shared, editor="An")
    phone = output / "phone" / "qfield_an"
    phone.parent.mkdir()
    shutil.move(made["folder"], str(phone))
    os.rename(str(shared.parent), str(output / "share_gone"))     # the phone never sees the shared map
    project = phone / Path(made["project"]).name
    assert project.exists() and (phone / "DCIM").is_dir()
    text = project.read_text(encoding="utf-8")
    assert str(output / "made") not in text and str(shared.parent) not in text, "the project holds absolute paths"
    job, groups, species = drop_down_job(phone / Path(made["working"]).name)
    job.update(scenario="qfield", project=str(project), watchdog_s=40)
    status = drive(run_qgis, output, job, plugin=False)
    assert status["read"] and status["project_layers"] >= 8, status
    check_without_mymap(status, groups, species)


def test_profile_settings_choose_language_and_plugin():
    """The desktop fixtures' profiles (also run without Xvfb): Vietnamese with MyMap by default."""
    from tests.desktop.conftest import SETTINGS, profile_settings
    assert profile_settings() == SETTINGS
    english = profile_settings("en", plugin=False)
    assert "userLocale=en_US" in english and "mymap_plugin" not in english
