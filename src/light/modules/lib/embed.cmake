# cmake -DLIB_DIR=<this folder> -DOUT=<file> -P embed.cmake
# Writes the table of frozen modules that frozen.cpp includes: every .py under
# LIB_DIR, named as Python imports it, sorted by that name.
file(GLOB_RECURSE files RELATIVE ${LIB_DIR} ${LIB_DIR}/*.py)
set(entries)
foreach(file IN LISTS files)
  string(REGEX REPLACE "\\.py$" "" name "${file}")
  set(package false)
  if(name STREQUAL "__init__" OR name MATCHES "/__init__$")
    string(REGEX REPLACE "/?__init__$" "" name "${name}")
    set(package true)
  endif()
  string(REPLACE "/" "." name "${name}")
  # A space sorts before any character of a name, so "collections" precedes "collections.abc".
  list(APPEND entries "${name} ${file} ${package}")
endforeach()
list(SORT entries)

set(table "")
foreach(entry IN LISTS entries)
  string(REPLACE " " ";" fields "${entry}")
  list(GET fields 0 name)
  list(GET fields 1 file)
  list(GET fields 2 package)
  file(READ ${LIB_DIR}/${file} source)
  if(source MATCHES "\\)pytier\"")
    message(FATAL_ERROR "${file} contains the raw string delimiter )pytier\"")
  endif()
  string(APPEND table "{\"${name}\"sv, R\"pytier(${source})pytier\"sv, ${package}},\n")
endforeach()

# Rewrite only on change, so an unrelated reconfigure does not rebuild.
set(old "")
if(EXISTS ${OUT})
  file(READ ${OUT} old)
endif()
if(NOT old STREQUAL table)
  file(WRITE ${OUT} "${table}")
endif()
