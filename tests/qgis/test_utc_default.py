"""created_at/updated_at defaults are UTC even where MyMap is not loaded (QField, plain QGIS)."""
import datetime
import os
import subprocess
import sys

from qgis.core import QgsExpression, QgsExpressionContext

from mymap_plugin.ward_map.schema import NOW_UTC
from tests.conftest import ROOT


def test_civil_date_arithmetic_for_many_instants():
    instants = [0, 951782400, 951868799, 1709164800, 4107542399, 1234567890, 1767225599, 1767225600]
    instants += list(range(946684800, 946684800 + 400 * 86400 * 3, 86400 * 7 + 3601))
    for seconds in instants:
        expression = QgsExpression(NOW_UTC.replace("epoch(now())", str(seconds * 1000)))
        value = expression.evaluate(QgsExpressionContext())
        assert not expression.hasEvalError(), expression.evalErrorString()
        expected = datetime.datetime.fromtimestamp(seconds, datetime.timezone.utc).strftime("%Y-%m-%dT%H:%M:%S")
        assert value == expected


def test_default_is_utc_in_vietnam():
    script = ("import sys; sys.path.insert(0, {root!r})\n"
              "from qgis.core import QgsApplication, QgsExpression, QgsExpressionContext\n"
              "app = QgsApplication([], False)\n"
              "from mymap_plugin.ward_map.schema import NOW_UTC\n"
              "print(QgsExpression(NOW_UTC).evaluate(QgsExpressionContext()))\n").format(root=str(ROOT))
    env = dict(os.environ, TZ="Asia/Ho_Chi_Minh", QT_QPA_PLATFORM="offscreen")
    before = datetime.datetime.now(datetime.timezone.utc).replace(microsecond=0, tzinfo=None)
    output = subprocess.run([sys.executable, "-c", script], env=env, capture_output=True, text=True,
                            timeout=120).stdout.strip().splitlines()[-1]
    value = datetime.datetime.strptime(output, "%Y-%m-%dT%H:%M:%S")
    assert abs((value - before).total_seconds()) < 60, (output, before)
