/**
 * Vietnamese text analysis for the search index: one analyzer that folds diacritics ("tuyen truyen" finds
 * "tuyên truyền", "dang uy" finds "Đảng ủy") and one that keeps them, to rank exact spellings higher.
 */
package vn.eoffice.search.analysis;
