/** The spreadsheet import and export API. */
package dev.okr.web.transfer;
