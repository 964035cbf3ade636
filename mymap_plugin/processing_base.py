"""Common base of MyMap's Processing algorithms: translated texts, the provider's
group names, user-facing errors instead of tracebacks, and enum parameters whose
options can be given by name as well as by number."""
from qgis.core import QgsProcessingAlgorithm, QgsProcessingException, QgsProcessingParameterEnum

from .errors import MyMapError
from .i18n import tr

# Where an enum parameter keeps the names of its options (its metadata travels with its clones).
OPTION_NAMES = "mymap_option_names"


def enum_parameter(name, description, options, names, default_value=0, allow_multiple=False, optional=False):
    """An enum parameter whose options may also be given by name: TEMPLATE=L7160 as well as
    TEMPLATE=0 on the command line, in processing.run() and in models. *names* are fixed, untranslated
    identifiers, one per option (compared without regard to case); the options stay translated titles.

    The parameter itself stays an ordinary numbered enum (QGIS 3.22's static-strings mode would refuse
    numbers); MyMapAlgorithm turns names into numbers before Processing checks or reads the value."""
    names = [str(option_name) for option_name in names]
    if len(names) != len(options) or len({n.lower() for n in names}) != len(names) or \
            any(n.strip().isdigit() or "," in n or not n.strip() for n in names):
        raise ValueError("enum parameter {}: give one distinct, non-numeric name per option".format(name))
    parameter = QgsProcessingParameterEnum(name, description, list(options), allowMultiple=allow_multiple,
                                           defaultValue=default_value, optional=optional)
    metadata = parameter.metadata()
    metadata[OPTION_NAMES] = names
    parameter.setMetadata(metadata)
    parameter.setHelp(tr("Options by name: {}").format(", ".join(names)))
    return parameter


def option_names(definition):
    """The option names an enum parameter made by enum_parameter() accepts ([] for any other)."""
    if not isinstance(definition, QgsProcessingParameterEnum):
        return []
    return list(definition.metadata().get(OPTION_NAMES) or [])


def option_numbers(value, names, allow_multiple=False):
    """*value* with every option name in it replaced by the option's number: "L7651" → 2,
    "trees,sensors" → [1, 4]. Numbers, expressions and anything unknown are returned as they are,
    for Processing to accept or refuse with its own message."""
    numbers = {option_name.lower(): number for number, option_name in enumerate(names)}

    def number_of(item):
        if isinstance(item, str):
            return numbers.get(item.strip().lower(), item)
        return item

    if isinstance(value, str):
        parts = [number_of(part) for part in (value.split(",") if allow_multiple else [value])]
        if all(isinstance(part, str) for part in parts):
            return value
        if not allow_multiple:
            return parts[0]
        return [part.strip() if isinstance(part, str) else part for part in parts]
    if isinstance(value, (list, tuple)):
        return [number_of(item) for item in value]
    return value


class MyMapAlgorithm(QgsProcessingAlgorithm):
    """Subclasses implement ``name``, ``displayName``, ``group_name``,
    ``initAlgorithm`` and ``execute`` (returns the results dictionary)."""

    group_name = ""       # English, translated by group()
    help_text = ""

    def tr(self, text):
        return tr(text)

    def createInstance(self):
        return type(self)()

    def group(self):
        return tr(self.group_name)

    def groupId(self):
        return self.group_name.lower().replace(" ", "_")

    def shortHelpString(self):
        return tr(self.help_text)

    def with_option_numbers(self, parameters):
        """A copy of *parameters* with the enum options given by name replaced by their numbers."""
        converted = dict(parameters)
        for definition in self.parameterDefinitions():
            names = option_names(definition)
            if names and definition.name() in converted:
                converted[definition.name()] = option_numbers(converted[definition.name()], names,
                                                              definition.allowMultiple())
        return converted

    def checkParameterValues(self, parameters, context):
        return super().checkParameterValues(self.with_option_numbers(parameters), context)

    def parameterAsEnum(self, parameters, name, context):
        return super().parameterAsEnum(self.with_option_numbers(parameters), name, context)

    def parameterAsEnums(self, parameters, name, context):
        return super().parameterAsEnums(self.with_option_numbers(parameters), name, context)

    def processAlgorithm(self, parameters, context, feedback):
        try:
            return self.execute(parameters, context, feedback)
        except MyMapError as error:
            message = str(error)
        # Raised outside the except block, so the exception does not keep the failed call's frames
        # (and the QGIS layers in them) alive until after QGIS has shut down.
        raise QgsProcessingException(message)

    def execute(self, parameters, context, feedback):
        raise NotImplementedError
