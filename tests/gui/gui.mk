# tests/gui: GUI programs run under Xvfb by tests/gui/run.sh, and xprobe,
# the host tool that reads the server's pixels and sends XTest input
GUI_TESTS := $(B)/tests/gui/paint_window.exe $(B)/tests/gui/dialog_box.exe $(B)/tests/gui/menu_window.exe $(B)/tests/gui/edit_list.exe $(B)/tests/gui/combo_scroll.exe $(B)/tests/gui/x11_input.exe $(B)/tests/gui/caption_close.exe $(B)/tests/gui/file_dialog.exe $(B)/tests/gui/animation.exe $(B)/tests/gui/x11_control.exe $(B)/tests/gui/tree_click.exe $(B)/tests/gui/listview_click.exe $(B)/tests/gui/xprobe
$(B)/tests/gui/%.exe: tests/gui/%.c
	@mkdir -p $(@D)
	$(MINGW_CC) -O1 -Wall -o $@ $< -lgdi32
# the common dialogs are not linked by default
$(B)/tests/gui/file_dialog.exe: tests/gui/file_dialog.c
	@mkdir -p $(@D)
	$(MINGW_CC) -O1 -Wall -o $@ $< -lcomdlg32
# the common controls are not linked by default
$(B)/tests/gui/tree_click.exe: tests/gui/tree_click.c
	@mkdir -p $(@D)
	$(MINGW_CC) -O1 -Wall -o $@ $< -lcomctl32
$(B)/tests/gui/listview_click.exe: tests/gui/listview_click.c
	@mkdir -p $(@D)
	$(MINGW_CC) -O1 -Wall -o $@ $< -lcomctl32
$(B)/tests/gui/xprobe: tests/gui/xprobe.c
	@mkdir -p $(@D)
	$(CC) $(ALL_CFLAGS) -o $@ $< -lxcb -lxcb-xtest -lxcb-xfixes
