; Included by electron-builder's NSIS installer (electron-builder.yml: nsis.include).
;
; Registers 读报 Broadsheet as an OPTIONAL handler for .txt files: it appears under "Open with" and in
; Settings > Default apps, but the .txt default stays whatever the user had (Notepad unless they chose otherwise).
; Microsoft's rules for this: https://learn.microsoft.com/windows/win32/shell/fa-progids and
; https://learn.microsoft.com/windows/win32/shell/default-programs — an application adds its ProgID to
; .txt\OpenWithProgids and never writes the default value of .txt; on uninstall it removes what it added.
;
; SHELL_CONTEXT is HKCU for this per-user installer (perMachine: false), HKLM for a per-machine one.
; .github/workflows/build.yml installs and uninstalls the built setup silently on Windows and checks these keys.

!define BROADSHEET_PROGID "Broadsheet.Edition.txt"
!define BROADSHEET_CAPABILITIES "Software\org.broadsheet.reader\Capabilities"
; The ProgID electron-builder's own file association wrote as the .txt default (versions up to 0.1.0).
!define BROADSHEET_OLD_PROGID "Newspaper edition (text)"

!macro broadsheetForgetOldDefault
  ; An earlier installer made the app the .txt default and its uninstaller left that value behind, pointing at a
  ; ProgID it had deleted. Give .txt back to the system default only if it still names that old ProgID.
  Push $0
  ReadRegStr $0 SHELL_CONTEXT "Software\Classes\.txt" ""
  StrCmp $0 "${BROADSHEET_OLD_PROGID}" 0 +2
    DeleteRegValue SHELL_CONTEXT "Software\Classes\.txt" ""
  Pop $0
  DeleteRegValue SHELL_CONTEXT "Software\Classes\.txt\OpenWithProgids" "${BROADSHEET_OLD_PROGID}"
  DeleteRegKey SHELL_CONTEXT "Software\Classes\${BROADSHEET_OLD_PROGID}"
!macroend

!macro customInstall
  !insertmacro broadsheetForgetOldDefault

  ; The ProgID: how Broadsheet opens a text edition.
  WriteRegStr SHELL_CONTEXT "Software\Classes\${BROADSHEET_PROGID}" "" "Newspaper edition (text)"
  WriteRegStr SHELL_CONTEXT "Software\Classes\${BROADSHEET_PROGID}" "FriendlyTypeName" "Newspaper edition (text)"
  WriteRegStr SHELL_CONTEXT "Software\Classes\${BROADSHEET_PROGID}\DefaultIcon" "" "$appExe,0"
  WriteRegStr SHELL_CONTEXT "Software\Classes\${BROADSHEET_PROGID}\shell\open\command" "" '"$appExe" "%1"'

  ; Offered for .txt in "Open with" — the default value of .txt is left alone.
  WriteRegNone SHELL_CONTEXT "Software\Classes\.txt\OpenWithProgids" "${BROADSHEET_PROGID}"
  WriteRegStr SHELL_CONTEXT "Software\Classes\Applications\${APP_EXECUTABLE_FILENAME}" "FriendlyAppName" "${PRODUCT_NAME}"
  WriteRegStr SHELL_CONTEXT "Software\Classes\Applications\${APP_EXECUTABLE_FILENAME}\SupportedTypes" ".txt" ""
  WriteRegStr SHELL_CONTEXT "Software\Classes\Applications\${APP_EXECUTABLE_FILENAME}\shell\open\command" "" '"$appExe" "%1"'

  ; Listed in Settings > Default apps, where the user may choose it.
  WriteRegStr SHELL_CONTEXT "${BROADSHEET_CAPABILITIES}" "ApplicationName" "${PRODUCT_NAME}"
  WriteRegStr SHELL_CONTEXT "${BROADSHEET_CAPABILITIES}" "ApplicationDescription" "Offline reader for digitised newspapers"
  WriteRegStr SHELL_CONTEXT "${BROADSHEET_CAPABILITIES}\FileAssociations" ".txt" "${BROADSHEET_PROGID}"
  WriteRegStr SHELL_CONTEXT "Software\RegisteredApplications" "${PRODUCT_NAME}" "${BROADSHEET_CAPABILITIES}"

  ; SHCNE_ASSOCCHANGED: Explorer rereads the associations.
  System::Call "shell32::SHChangeNotify(i 0x08000000, i 0, p 0, p 0)"
!macroend

!macro customUnInstall
  !insertmacro broadsheetForgetOldDefault

  DeleteRegValue SHELL_CONTEXT "Software\Classes\.txt\OpenWithProgids" "${BROADSHEET_PROGID}"
  DeleteRegKey SHELL_CONTEXT "Software\Classes\${BROADSHEET_PROGID}"
  DeleteRegKey SHELL_CONTEXT "Software\Classes\Applications\${APP_EXECUTABLE_FILENAME}"
  DeleteRegValue SHELL_CONTEXT "Software\RegisteredApplications" "${PRODUCT_NAME}"
  DeleteRegKey SHELL_CONTEXT "Software\org.broadsheet.reader"

  System::Call "shell32::SHChangeNotify(i 0x08000000, i 0, p 0, p 0)"
!macroend
