"""The “Open PostGIS ward…” dialog: a PostgreSQL connection saved in QGIS (or a connection string) and
one of the ward schemas of that database; OK opens the ward with ``open_postgis_ward``, its styles,
forms and map themes, as “Open ward map…” opens a ward GeoPackage.

The schemas offered are those holding MyMap's ward settings table that the user may read, so a city
database with many wards lists exactly its wards. Passwords are never typed here: they come from
``pg_service.conf``/``.pgpass``, the QGIS connection or QGIS's authentication database (``authcfg=…``).
"""
from qgis.core import QgsProject
from qgis.gui import QgsProviderConnectionComboBox
from qgis.PyQt.QtCore import Qt
from qgis.PyQt.QtWidgets import (
    QApplication,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QVBoxLayout,
)

from ...errors import MyMapError
from ...i18n import tr
from ...ward_map import schema
from .. import connection as addresses
from ..open_postgis_ward import open_postgis_ward

PROVIDER = "postgres"


def ward_schemas(address) -> list:
    """The schemas of the database at *address* (text or PostgresAddress) that hold a MyMap ward and that
    the connecting user may read, sorted. MyMapError when the database cannot be reached."""
    import psycopg2
    connection = addresses.connect(address, application="mymap:open")
    try:
        with connection.cursor() as cursor:
            cursor.execute("SELECT table_schema FROM information_schema.tables WHERE table_name = %s "
                           "AND has_table_privilege(quote_ident(table_schema) || '.' || quote_ident(table_name), "
                           "'SELECT') ORDER BY table_schema", (schema.SETTINGS_TABLE,))
            return [row[0] for row in cursor.fetchall()]
    except psycopg2.Error as error:
        raise MyMapError(tr("The wards of {} could not be listed: {}").format(
            address.display if isinstance(address, addresses.PostgresAddress) else address,
            " ".join(str(error).split()))) from None
    finally:
        connection.close()


def layer_uri_base(address) -> str:
    """The connection part of the QGIS data sources of the ward's layers: the address's server, database
    and user, and its QGIS authentication configuration; never a password."""
    parts = [address.dsn] if address.dsn else []
    if address.authcfg:
        parts.append("authcfg={}".format(address.authcfg))
    return " ".join(parts)


class OpenPostgisWardDialog(QDialog):
    """Choose a database and a ward schema; :meth:`accept` opens the ward in *project* and keeps its
    layer group in :attr:`group`."""

    def __init__(self, parent=None, project=None):
        super().__init__(parent)
        self.project = project
        self.group = None
        self._listed_for = None
        self.setWindowTitle(tr("Open PostGIS ward"))
        self.setMinimumWidth(520)
        layout = QVBoxLayout(self)
        intro = QLabel(tr("Opens a ward kept in PostgreSQL/PostGIS with its styles, forms and map themes. Choose "
                          "a PostgreSQL connection saved in QGIS (Browser ▸ PostgreSQL), or leave it empty and "
                          "write a connection string such as “service=city” or “host=… port=… dbname=… "
                          "user=…” (never a password)."))
        intro.setWordWrap(True)
        layout.addWidget(intro)
        form = QFormLayout()
        self.connection = QgsProviderConnectionComboBox(PROVIDER)
        self.connection.setAllowEmptyConnection(True)
        self.connection_string = QLineEdit()
        self.connection_string.setPlaceholderText(tr("service=city, or host=… port=… dbname=… user=…"))
        self.schema = QComboBox()
        self.schema.setEditable(True)
        self.schema.lineEdit().setPlaceholderText("ward_12103")
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setStyleSheet("color:#b03a2e")
        self.message.setVisible(False)
        form.addRow(tr("QGIS connection"), self.connection)
        form.addRow(tr("Or connection string"), self.connection_string)
        form.addRow(tr("Ward schema"), self.schema)
        form.addRow("", self.message)
        layout.addLayout(form)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(tr("Open"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(tr("Cancel"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.connection.connectionChanged.connect(self.connection_chosen)
        self.connection_string.editingFinished.connect(self.list_schemas)
        self.connection_chosen()

    # -- what was chosen --------------------------------------------------------------------------------
    def database_text(self) -> str:
        """The database as an address without a schema: ``qgis_connection='…'`` or the connection string."""
        name = self.connection.currentConnection()
        if name:
            return "{}={}".format(addresses.CONNECTION_KEY, _quoted(name))
        return self.connection_string.text().strip()

    def address(self, schema_name=""):
        """The PostgresAddress chosen (MyMapError when there is none, or it is not valid)."""
        text = self.database_text()
        if not text:
            raise MyMapError(tr("Choose a PostgreSQL connection saved in QGIS, or write a connection string."))
        return addresses.parse_address(text, schema_name)

    def schema_name(self) -> str:
        return self.schema.currentText().strip()

    # -- reacting -------------------------------------------------------------------------------------
    def connection_chosen(self, *_args):
        self.connection_string.setEnabled(not self.connection.currentConnection())
        self.list_schemas()

    def show_problem(self, text=""):
        self.message.setText(text)
        self.message.setVisible(bool(text))

    def list_schemas(self):
        """Fill the schema list from the chosen database (kept as typed when it cannot be read)."""
        text = self.database_text()
        if text == self._listed_for:
            return
        self._listed_for = text
        typed = self.schema_name()
        self.schema.clear()
        self.show_problem()
        if not text:
            return
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            names = ward_schemas(self.address())
        except MyMapError as error:
            self.show_problem(str(error))
            names = []
        finally:
            QApplication.restoreOverrideCursor()
        self.schema.addItems(names)
        if typed and typed not in names:
            self.schema.setEditText(typed)
        elif names:
            self.schema.setCurrentIndex(names.index(typed) if typed in names else 0)
        elif self.message.isHidden():
            self.show_problem(tr("This database holds no MyMap ward that you may read."))

    def accept(self):
        """Open the ward; on a mistake, say what is wrong and stay open."""
        try:
            address = self.address(self.schema_name())
            if not address.schema:
                raise MyMapError(tr("Choose the ward's schema, e.g. ward_12103."))
            self.group = open_postgis_ward(layer_uri_base(address), address.schema,
                                           self.project or QgsProject.instance())
        except MyMapError as error:
            QMessageBox.warning(self, tr("Open PostGIS ward"), str(error))
            return
        super().accept()


def _quoted(value) -> str:
    """*value* as a libpq keyword value: in single quotes, with ``\\`` and ``'`` escaped."""
    return "'{}'".format(str(value).replace("\\", "\\\\").replace("'", "\\'"))
