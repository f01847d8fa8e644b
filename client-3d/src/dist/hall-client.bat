@echo off
rem The Virtual Hall client on Windows with Java 17 or newer: a double click starts it.
setlocal
set "JAVA=java"
if defined JAVA_HOME set "JAVA=%JAVA_HOME%\bin\java"
"%JAVA%" -Xmx512m -Dfile.encoding=UTF-8 -cp "%~dp0lib\*" org.virtualhall.client.Main %*
