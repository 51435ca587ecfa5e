# SPDX-FileCopyrightText: 2025 The cobot-kiosk developers
# SPDX-License-Identifier: MIT

# Checks that the shipped /etc/cobot-kiosk/cobot-kiosk.conf and README's table name exactly the keys the
# kiosk reads (visitKeys and ConfigFile::applyValues in src/core/settings/configfile.cpp), each key
# commented out in its [section]. Run: cmake -DCONFIG_READER=... -DCONFFILE=... -DREADME=... -P conffile-in-sync.cmake

cmake_minimum_required(VERSION 3.22)

file(READ ${CONFIG_READER} reader)
string(REGEX MATCHALL "(ini|v)\\.(text|number|optionalNumber|flag|choice|time)\\(\"[a-z_]+/[a-z_]+\"" calls "${reader}")
set(keys "")
foreach(call IN LISTS calls)
    string(REGEX REPLACE ".*\"([a-z_]+/[a-z_]+)\"" "\\1" key "${call}")
    list(APPEND keys ${key})
endforeach()
list(LENGTH keys count)
if(count LESS 10)
    message(FATAL_ERROR "Found only ${count} keys in ${CONFIG_READER}: has the way it reads keys changed?")
endif()

# The shipped file: "[section]" lines, then "#key=default" lines.
file(STRINGS ${CONFFILE} lines)
set(section "")
set(shipped "")
foreach(line IN LISTS lines)
    if(line MATCHES "^\\[([a-z_]+)\\]$")
        set(section ${CMAKE_MATCH_1})
    elseif(line MATCHES "^#([a-z_]+)=")
        list(APPEND shipped "${section}/${CMAKE_MATCH_1}")
    elseif(line MATCHES "^[a-z_]+[ ]*=")
        message(SEND_ERROR "${CONFFILE}: '${line}' is set; every key must be commented out")
    endif()
endforeach()

file(READ ${README} readme)
set(problems 0)
foreach(key IN LISTS keys)
    if(NOT key IN_LIST shipped)
        message(SEND_ERROR "${CONFFILE} lacks the key ${key} (as #${key} in its section)")
        math(EXPR problems "${problems} + 1")
    endif()
    string(FIND "${readme}" "`${key}`" at)
    if(at EQUAL -1)
        message(SEND_ERROR "README.md's configuration table lacks `${key}`")
        math(EXPR problems "${problems} + 1")
    endif()
endforeach()
foreach(key IN LISTS shipped)
    if(NOT key IN_LIST keys)
        message(SEND_ERROR "${CONFFILE} has ${key}, which the kiosk does not read")
        math(EXPR problems "${problems} + 1")
    endif()
endforeach()
if(problems EQUAL 0)
    message(STATUS "${count} keys: all in ${CONFFILE} and README.md")
endif()
