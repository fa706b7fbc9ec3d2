#include "route/findings.h"

namespace pytier::route {

const char* signal_name(Signal s) {
  switch (s) {
    case Signal::ExceptionText: return "exception-text";
    case Signal::PureLoop: return "hot-loop-arithmetic";
    case Signal::DynamicLoop: return "hot-loop-dynamic";
    case Signal::Import: return "import";
    case Signal::CExtension: return "c-extension";
    case Signal::OsAccess: return "os-access";
    case Signal::DynamicCode: return "dynamic-code";
    case Signal::Unanalyzed: return "unanalyzed";
  }
  return "?";
}

}  // namespace pytier::route
