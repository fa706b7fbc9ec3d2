// The errno module: the C library's error numbers by name, and errorcode
// (number -> name). The names are POSIX's, which Linux and WASI share.

#include <cerrno>

#include "light/modules/registry.h"
#include "light/objects/dict.h"
#include "light/objects/int.h"
#include "light/objects/str.h"

namespace pytier::light::modules {

namespace {

struct ErrorName {
  const char* name;
  int value;
};

#define ERROR_NAME(e) {#e, e}
// Where two names share a number, errorcode keeps the later one, as CPython's does.
const ErrorName kErrors[] = {
    ERROR_NAME(EWOULDBLOCK), ERROR_NAME(EOPNOTSUPP), ERROR_NAME(EDEADLK),
    ERROR_NAME(E2BIG), ERROR_NAME(EACCES), ERROR_NAME(EADDRINUSE), ERROR_NAME(EADDRNOTAVAIL),
    ERROR_NAME(EAFNOSUPPORT), ERROR_NAME(EAGAIN), ERROR_NAME(EALREADY), ERROR_NAME(EBADF), ERROR_NAME(EBADMSG),
    ERROR_NAME(EBUSY), ERROR_NAME(ECANCELED), ERROR_NAME(ECHILD), ERROR_NAME(ECONNABORTED),
    ERROR_NAME(ECONNREFUSED), ERROR_NAME(ECONNRESET), ERROR_NAME(EDESTADDRREQ), ERROR_NAME(EDOM),
    ERROR_NAME(EDQUOT), ERROR_NAME(EEXIST), ERROR_NAME(EFAULT), ERROR_NAME(EFBIG), ERROR_NAME(EHOSTUNREACH),
    ERROR_NAME(EIDRM), ERROR_NAME(EILSEQ), ERROR_NAME(EINPROGRESS), ERROR_NAME(EINTR), ERROR_NAME(EINVAL),
    ERROR_NAME(EIO), ERROR_NAME(EISCONN), ERROR_NAME(EISDIR), ERROR_NAME(ELOOP), ERROR_NAME(EMFILE),
    ERROR_NAME(EMLINK), ERROR_NAME(EMSGSIZE), ERROR_NAME(EMULTIHOP), ERROR_NAME(ENAMETOOLONG),
    ERROR_NAME(ENETDOWN), ERROR_NAME(ENETRESET), ERROR_NAME(ENETUNREACH), ERROR_NAME(ENFILE),
    ERROR_NAME(ENOBUFS), ERROR_NAME(ENODEV), ERROR_NAME(ENOENT), ERROR_NAME(ENOEXEC), ERROR_NAME(ENOLCK),
    ERROR_NAME(ENOLINK), ERROR_NAME(ENOMEM), ERROR_NAME(ENOMSG), ERROR_NAME(ENOPROTOOPT), ERROR_NAME(ENOSPC),
    ERROR_NAME(ENOSYS), ERROR_NAME(ENOTCONN), ERROR_NAME(ENOTDIR), ERROR_NAME(ENOTEMPTY),
    ERROR_NAME(ENOTRECOVERABLE), ERROR_NAME(ENOTSOCK), ERROR_NAME(ENOTSUP), ERROR_NAME(ENOTTY),
    ERROR_NAME(ENXIO), ERROR_NAME(EOVERFLOW), ERROR_NAME(EOWNERDEAD), ERROR_NAME(EPERM), ERROR_NAME(EPIPE),
    ERROR_NAME(EPROTO), ERROR_NAME(EPROTONOSUPPORT), ERROR_NAME(EPROTOTYPE), ERROR_NAME(ERANGE),
    ERROR_NAME(EROFS), ERROR_NAME(ESPIPE), ERROR_NAME(ESRCH), ERROR_NAME(ESTALE), ERROR_NAME(ETIMEDOUT),
    ERROR_NAME(ETXTBSY), ERROR_NAME(EXDEV),
#ifdef EDEADLOCK
    ERROR_NAME(EDEADLOCK),
#endif
};
#undef ERROR_NAME

}  // namespace

Module* make_errno() {
  Module* m = module_new("errno");
  if (!m) return nullptr;
  Dict* codes = dict_new();
  bool ok = codes && add_value(m, "errorcode", Value(codes));
  for (const ErrorName& e : kErrors) {
    if (!ok) break;
    Ref number(int_from_i64(e.value));
    Value name = str_intern(e.name);
    ok = number && dict_set(m->dict, name, number.get()) >= 0 && dict_set(codes, number.get(), name) >= 0;
  }
  if (!ok) {
    decref(m);
    return nullptr;
  }
  return m;
}

}  // namespace pytier::light::modules
