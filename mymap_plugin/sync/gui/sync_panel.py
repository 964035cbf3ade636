"""The MyMap Sync panel: the working copy's state and the Sync button, its
conflicts (base / mine / theirs, zoom to, keep mine / keep theirs / edit /
restore) and the history of the selected feature (with revert)."""
import contextlib
from pathlib import Path

from qgis.core import QgsApplication, QgsFeatureRequest, QgsProject, QgsRectangle
from qgis.PyQt.QtCore import QTimer
from qgis.PyQt.QtWidgets import (QAbstractItemView, QDockWidget, QHBoxLayout, QInputDialog, QLabel, QMessageBox,
                                 QPushButton, QTableWidget, QTableWidgetItem, QTabWidget, QVBoxLayout, QWidget)

from ...errors import MyMapError
from ...i18n import tr
from ...ward_map import lookup_lists, schema
from ...ward_map.schema import N_
from ...ward_map.edit_hooks import ward_layer_info
from .. import conflicts as conflict_records
from ..history import feature_history, revert_changeset
from ..merge import DELETE_UPDATE, FIELD, INSERT_INSERT, INSERT_REJECTED, UPDATE_DELETE
from ..sync_task import SyncTask
from ..sync_working_copy import is_working_copy, status
from .value_text import geometry_from_blob, value_text

KIND_TEXT = {
    FIELD: N_("Both changed this field"),
    INSERT_INSERT: N_("Both added this feature"),
    UPDATE_DELETE: N_("I changed it, it was deleted"),
    DELETE_UPDATE: N_("I deleted it, it was changed"),
    INSERT_REJECTED: N_("My new feature was refused"),
}
REFRESH_MS = 30000


def _table(headers):
    table = QTableWidget(0, len(headers))
    table.setHorizontalHeaderLabels(headers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.horizontalHeader().setStretchLastSection(True)
    return table


def _set_row(table, row, values):
    for column, value in enumerate(values):
        table.setItem(row, column, QTableWidgetItem(value))


class SyncPanel(QDockWidget):
    def __init__(self, iface, sync_action=None, parent=None, ask_to_save=None):
        super().__init__(tr("MyMap sync"), parent)
        self.setObjectName("MyMapSyncPanel")
        self.iface = iface
        self.sync_action = sync_action
        self.ask_to_save = ask_to_save or self._ask_to_save
        self.task = None
        self.last_report = None
        self.last_error = ""
        self._conflicts = []
        self._history = []
        self._watched_layer = None

        body = QWidget()
        layout = QVBoxLayout(body)
        self.status_label = QLabel()
        self.status_label.setWordWrap(True)
        layout.addWidget(self.status_label)
        self.sync_button = QPushButton(tr("Sync now"))
        self.sync_button.clicked.connect(lambda: self.start_sync())
        layout.addWidget(self.sync_button)

        self.tabs = QTabWidget()
        layout.addWidget(self.tabs)
        conflicts_tab = QWidget()
        conflicts_layout = QVBoxLayout(conflicts_tab)
        self.conflict_table = _table([tr("Layer"), tr("Asset"), tr("Conflict"), tr("Field"), tr("Base"), tr("Mine"),
                                      tr("Theirs")])
        self.conflict_table.itemSelectionChanged.connect(self._update_conflict_buttons)
        conflicts_layout.addWidget(self.conflict_table)
        # At most two buttons a row (rows laid out on their own), so the panel fits beside the map on
        # a 1366-pixel screen in Vietnamese too.
        buttons = QVBoxLayout()
        self.zoom_button = QPushButton(tr("Zoom to"))
        self.mine_button = QPushButton(tr("Keep mine"))
        self.theirs_button = QPushButton(tr("Keep theirs"))
        self.edit_button = QPushButton(tr("Edit value…"))
        self.restore_button = QPushButton(tr("Restore feature"))
        rows = [QHBoxLayout() for _row in range(3)]
        for button, handler, row in (
                (self.zoom_button, self.zoom_to_conflict, 0),
                (self.edit_button, self.edit_selected, 0),
                (self.mine_button, lambda: self.resolve_selected(conflict_records.KEEP_MINE), 1),
                (self.theirs_button, lambda: self.resolve_selected(conflict_records.KEEP_THEIRS), 1),
                (self.restore_button, lambda: self.resolve_selected(conflict_records.RESTORE), 2)):
            button.clicked.connect(handler)
            rows[row].addWidget(button)
        for row in rows:
            buttons.addLayout(row)
        conflicts_layout.addLayout(buttons)
        self.tabs.addTab(conflicts_tab, tr("Conflicts"))

        history_tab = QWidget()
        history_layout = QVBoxLayout(history_tab)
        self.history_label = QLabel(tr("Select a feature of the working copy to see its history."))
        self.history_label.setWordWrap(True)
        history_layout.addWidget(self.history_label)
        self.history_table = _table([tr("When (UTC)"), tr("Who"), tr("Field"), tr("From"), tr("To")])
        history_layout.addWidget(self.history_table)
        self.revert_button = QPushButton(tr("Revert this changeset"))
        self.revert_button.clicked.connect(self.revert_selected)
        history_layout.addWidget(self.revert_button)
        self.tabs.addTab(history_tab, tr("History"))
        self.setWidget(body)

        self.timer = QTimer(self)
        self.timer.setInterval(REFRESH_MS)
        self.timer.timeout.connect(self.refresh)
        self.timer.start()
        project = QgsProject.instance()
        project.layersAdded.connect(self._layers_changed)
        project.layersRemoved.connect(self._layers_changed)
        if self.iface is not None:
            self.iface.currentLayerChanged.connect(self._watch_layer)
        self._layers_changed()

    # ----------------------------------------------------------------- state
    def working_copies(self):
        """Paths of the working copies whose layers are in the project (active layer's first)."""
        paths = []
        layers = list(QgsProject.instance().mapLayers().values())
        active = self.iface.activeLayer() if self.iface is not None else None
        if active is not None:
            layers.insert(0, active)
        for layer in layers:
            info = ward_layer_info(layer)
            if info and info[0] not in paths and is_working_copy(info[0]):
                paths.append(info[0])
        return paths

    def current_path(self):
        paths = self.working_copies()
        return paths[0] if paths else None

    def layers_of(self, path):
        found = []
        for layer in QgsProject.instance().mapLayers().values():
            info = ward_layer_info(layer)
            if info and Path(info[0]).resolve() == Path(path).resolve():
                found.append(layer)
        return found

    def refresh(self):
        self._follow_active_layer()
        path = self.current_path()
        busy = self.task is not None
        self.sync_button.setEnabled(bool(path) and not busy)
        if self.sync_action is not None:
            self.sync_action.setEnabled(not busy)
        if not path:
            self.status_label.setText(tr("No working copy is open. Check out a working copy of the shared ward "
                                         "map (MyMap ▸ Check out a working copy…) and open it."))
            self._show_conflicts([])
            self._set_action_text(tr("Sync"), self.status_label.text())
            return None
        try:
            state = status(path)
        except Exception as error:    # a damaged or vanished file: say so, never crash QGIS
            self.status_label.setText(tr("The working copy cannot be read: {}").format(error))
            return None
        unsaved = sum(1 for layer in self.layers_of(path) if layer.isEditable() and layer.isModified())
        parts = [tr("Working copy: {} (editor {})").format(Path(path).name, state["editor"] or "?"),
                 tr("Edits not yet sent: {}").format(state["pending"]),
                 tr("Last sync: {} UTC").format((state["last_sync"] or "-").replace("T", " ").rstrip("Z")),
                 tr("Shared map: {}").format(tr("reachable") if state["reachable"] else tr("NOT reachable")),
                 tr("Open conflicts: {}").format(state["conflicts"])]
        if unsaved:
            parts.append(tr("Layers with unsaved edits: {}").format(unsaved))
        if busy:
            parts.append(tr("Syncing…"))
        if self.last_error:
            parts.append(tr("Last sync failed: {}").format(self.last_error))
        text = "\n".join(parts)
        self.status_label.setText(text)
        label = tr("Sync ({})").format(state["pending"]) if state["pending"] else tr("Sync")
        self._set_action_text(label, text)
        self._show_conflicts(conflict_records.list_conflicts(path))
        return state

    def _set_action_text(self, text, tooltip):
        if self.sync_action is not None:
            self.sync_action.setText(text)
            self.sync_action.setToolTip(tooltip)

    def _layers_changed(self, *_args):
        for layer in QgsProject.instance().mapLayers().values():
            if ward_layer_info(layer) and not layer.property("mymap_sync_watched"):
                layer.setProperty("mymap_sync_watched", True)
                layer.afterCommitChanges.connect(self.refresh)
                layer.editingStopped.connect(self.refresh)
        self.refresh()

    # ------------------------------------------------------------------ sync
    def _ask_to_save(self, layers):
        names = ", ".join(layer.name() for layer in layers)
        answer = QMessageBox.question(
            self, tr("Sync"), tr("These layers have edits that are not saved yet: {}. Save them and sync?")
            .format(names), QMessageBox.StandardButton.Save | QMessageBox.StandardButton.Cancel)
        return answer == QMessageBox.StandardButton.Save

    def save_open_edits(self, path) -> bool:
        """Commit the working copy's edit buffers (after asking); False when the user declines or a
        commit fails."""
        unsaved = [layer for layer in self.layers_of(path) if layer.isEditable() and layer.isModified()]
        if not unsaved:
            return True
        if not self.ask_to_save(unsaved):
            return False
        for layer in unsaved:
            if not layer.commitChanges(False):
                self.last_error = tr("Edits in {} could not be saved: {}").format(
                    layer.name(), "; ".join(layer.commitErrors()))
                self._message(self.last_error, warning=True)
                return False
        return True

    def start_sync(self, path=None):
        path = path or self.current_path()
        if path is None or self.task is not None:
            return None
        if not self.save_open_edits(path):
            self.refresh()
            return None
        self.last_error = ""
        task = SyncTask(path)
        task.taskCompleted.connect(lambda: self._sync_finished(task, True))
        task.taskTerminated.connect(lambda: self._sync_finished(task, False))
        self.task = task
        QgsApplication.taskManager().addTask(task)
        self.refresh()
        return task

    def _sync_finished(self, task, ok):
        self.task = None
        self.reload_layers(task.working_path)
        if ok:
            report = task.result
            self.last_report = report
            text = tr("Sync finished: {} sent, {} received, {} conflicts.").format(
                report.pushed, report.pulled, report.conflicts)
            self._message(" ".join([text] + list(report.messages)),
                          warning=bool(report.conflicts or report.messages))
            if report.conflicts:
                self.tabs.setCurrentIndex(0)
                self.show()
        else:
            self.last_error = task.error or tr("cancelled")
            self._message(tr("The sync did not finish: {}").format(self.last_error), warning=True)
        self.refresh()

    def reload_layers(self, path):
        lookup_lists.refresh_lookup_lists(path, QgsProject.instance())   # groups or species received
        for layer in self.layers_of(path):
            if layer.isEditable() and layer.isModified():
                continue
            layer.reload()
            layer.triggerRepaint()

    def _message(self, text, warning=False):
        if self.iface is None:
            return
        bar = self.iface.messageBar()
        (bar.pushWarning if warning else bar.pushSuccess)("MyMap", text)

    # ------------------------------------------------------------- conflicts
    def _show_conflicts(self, records):
        self._conflicts = records
        table = self.conflict_table
        table.setRowCount(len(records))
        for row, record in enumerate(records):
            layer = schema.LAYERS_BY_NAME.get(record["table_name"])
            field_name = record["field"] or ""
            if layer is not None and field_name and field_name in layer.field_names():
                field_name = tr(layer.field(field_name).alias)
            elif field_name == "geom":
                field_name = tr("Geometry")
            shown = [self.shown_value(layer, record["field"], record[side]) for side in ("base", "mine", "theirs")]
            _set_row(table, row, [tr(layer.title) if layer else record["table_name"], record["asset_code"] or "",
                                  tr(KIND_TEXT.get(record["kind"], record["kind"])), field_name] + shown)
        table.resizeColumnsToContents()
        self._update_conflict_buttons()

    @staticmethod
    def shown_value(layer, field_name, value):
        """A value as the form shows it: the label of a coded value, else the value itself."""
        if layer is not None and field_name in layer.field_names() and isinstance(value, str):
            domain = layer.field(field_name).domain
            if domain:
                labels = dict(schema.DOMAINS[domain].values)
                if value in labels:
                    return tr(labels[value])
        return value_text(value)

    def selected_conflict(self):
        rows = self.conflict_table.selectionModel().selectedRows() if self.conflict_table.selectionModel() else []
        if not rows or rows[0].row() >= len(self._conflicts):
            return None
        return self._conflicts[rows[0].row()]

    def _update_conflict_buttons(self):
        record = self.selected_conflict()
        allowed = conflict_records.choices_for(record["kind"]) if record else ()
        self.zoom_button.setEnabled(record is not None)
        self.mine_button.setEnabled(conflict_records.KEEP_MINE in allowed)
        self.theirs_button.setEnabled(conflict_records.KEEP_THEIRS in allowed)
        self.edit_button.setEnabled(conflict_records.EDIT in allowed)
        self.restore_button.setEnabled(conflict_records.RESTORE in allowed)

    def resolve_selected(self, choice, value=None):
        record = self.selected_conflict()
        path = self.current_path()
        if record is None or path is None:
            return None
        if not self.save_open_edits(path):
            return None
        try:
            done = conflict_records.resolve(path, record["id"], choice, value)
        except MyMapError as error:
            QMessageBox.warning(self, tr("Conflicts"), str(error))
            return None
        self.reload_layers(path)
        self._message(tr("Conflict resolved: {}. It is sent with the next sync.").format(done))
        self.refresh()
        return done

    def edit_selected(self):
        record = self.selected_conflict()
        if record is None:
            return None
        current = record["mine"] if not isinstance(record["mine"], (bytes, dict)) else ""
        text, ok = QInputDialog.getText(self, tr("Edit value"), tr("New value for {}:").format(record["field"]),
                                        text="" if current is None else str(current))
        if not ok:
            return None
        return self.resolve_selected(conflict_records.EDIT, self.typed_value(record, text))

    @staticmethod
    def typed_value(record, text):
        layer = schema.LAYERS_BY_NAME.get(record["table_name"])
        kind = layer.field(record["field"]).type if layer and record["field"] in layer.field_names() else "text"
        text = text.strip()
        if text == "":
            return None
        try:
            if kind in ("integer", "boolean"):
                return int(text)
            if kind == "real":
                return float(text.replace(",", "."))
        except ValueError:
            raise MyMapError(tr("“{}” is not a number.").format(text)) from None
        return text

    def zoom_to_conflict(self):
        record = self.selected_conflict()
        path = self.current_path()
        if record is None or path is None or self.iface is None:
            return None
        rectangle = None
        for layer in self.layers_of(path):
            if ward_layer_info(layer)[1] != record["table_name"] or not layer.isSpatial():
                continue
            request = QgsFeatureRequest().setFilterExpression("\"uuid\" = '{}'".format(record["uuid"]))
            for feature in layer.getFeatures(request):
                rectangle = feature.geometry().boundingBox()
                layer.selectByIds([feature.id()])
            if rectangle is None:
                for side in (record["mine"], record["theirs"], record["base"]):
                    blob = side.get("geom") if isinstance(side, dict) else (side if isinstance(side, bytes) else None)
                    if blob:
                        rectangle = geometry_from_blob(blob).boundingBox()
                        break
        if rectangle is None:
            return None
        rectangle = QgsRectangle(rectangle)
        if rectangle.width() < 20:
            rectangle.grow(20)
        canvas = self.iface.mapCanvas()
        canvas.setExtent(rectangle)
        canvas.refresh()
        return rectangle

    # --------------------------------------------------------------- history
    def _watch_layer(self, layer):
        self._connect_layer(layer)
        self.refresh()

    def _follow_active_layer(self):
        active = self.iface.activeLayer() if self.iface is not None else None
        if active is not self._watched_layer:
            self._connect_layer(active)

    def _connect_layer(self, layer):
        if self._watched_layer is not None:
            with contextlib.suppress(RuntimeError, TypeError):     # already disconnected or deleted
                self._watched_layer.selectionChanged.disconnect(self._selection_changed)
            self._watched_layer = None
        if layer is not None and ward_layer_info(layer):
            layer.selectionChanged.connect(self._selection_changed)
            self._watched_layer = layer

    def _selection_changed(self, *_args):
        layer = self._watched_layer
        if layer is None:
            return
        ids = layer.selectedFeatureIds()
        if ids:
            feature = layer.getFeature(ids[0])
            self.show_history(layer, feature)

    def show_history(self, layer, feature):
        info = ward_layer_info(layer)
        if not info or not is_working_copy(info[0]):
            self.history_label.setText(tr("History is kept for working copies only."))
            self._history = []
            self.history_table.setRowCount(0)
            return []
        uuid = feature["uuid"]
        name = feature["asset_code"] if "asset_code" in feature.fields().names() else uuid
        self._history = feature_history(info[0], info[1], uuid)
        self.history_label.setText(tr("History of {} ({} changes)").format(name, len(self._history)))
        self.history_table.setRowCount(len(self._history))
        layer_def = schema.LAYERS_BY_NAME[info[1]]
        for row, item in enumerate(self._history):
            field_name = item["field"]
            if field_name in layer_def.field_names():
                field_name = tr(layer_def.field(field_name).alias)
            when = (item["time"] or "").replace("T", " ").rstrip("Z")
            if item["pending"]:
                when = tr("not sent yet")
            _set_row(self.history_table, row, [when, item["editor"] or "", field_name,
                                               self.shown_value(layer_def, item["field"], item["old"]),
                                               self.shown_value(layer_def, item["field"], item["new"])])
        self.history_table.resizeColumnsToContents()
        return self._history

    def revert_selected(self, confirm=True):
        rows = self.history_table.selectionModel().selectedRows()
        path = self.current_path()
        if not rows or path is None:
            return None
        item = self._history[rows[0].row()]
        if item["pending"] or not item["changeset"]:
            QMessageBox.information(self, tr("History"), tr("This edit is not sent yet; undo it in the layer instead."))
            return None
        if confirm and QMessageBox.question(
                self, tr("History"), tr("Undo every change of this changeset by {} (a new edit, sent with the next "
                                        "sync)?").format(item["editor"])) != QMessageBox.StandardButton.Yes:
            return None
        if not self.save_open_edits(path):
            return None
        try:
            reverted, skipped = revert_changeset(path, item["changeset"])
        except MyMapError as error:
            QMessageBox.warning(self, tr("History"), str(error))
            return None
        self.reload_layers(path)
        self._message(tr("Changeset reverted: {} features; {} fields changed since were left as they are.")
                      .format(reverted, len(skipped)))
        self.refresh()
        return reverted, skipped

    def unload(self):
        self.timer.stop()
        project = QgsProject.instance()
        for signal in (project.layersAdded, project.layersRemoved):
            with contextlib.suppress(RuntimeError, TypeError):     # already disconnected or deleted
                signal.disconnect(self._layers_changed)
        for layer in project.mapLayers().values():
            if layer.property("mymap_sync_watched"):
                layer.setProperty("mymap_sync_watched", False)
                for signal in (layer.afterCommitChanges, layer.editingStopped):
                    with contextlib.suppress(RuntimeError, TypeError):     # already disconnected or deleted
                        signal.disconnect(self.refresh)
        if self.iface is not None:
            with contextlib.suppress(RuntimeError, TypeError):     # already disconnected or deleted
                self.iface.currentLayerChanged.disconnect(self._watch_layer)
        self._connect_layer(None)
