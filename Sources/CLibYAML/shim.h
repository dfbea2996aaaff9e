// libyaml, the C YAML parser, as Debian's libyaml-dev installs it: glossary reads content
// files from its events (Sources/GlossaryModel/Content/YAMLNode.swift).
#include <yaml.h>
