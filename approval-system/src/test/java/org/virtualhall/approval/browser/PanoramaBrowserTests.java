package org.virtualhall.approval.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.virtualhall.approval.catalog.Catalog;
import org.virtualhall.approval.security.Accounts;
import org.virtualhall.model.panorama.Hotspot;

/** 全景管理 in a real chromium: a hotspot placed by clicking the photo, and a photo that is not a JPEG refused with why. */
class PanoramaBrowserTests extends ConsoleInBrowser {

    @Autowired
    Catalog catalog;
    @TempDir
    Path dir;

    @Test
    void administratorPicksAHotspotOnThePhotoAndABadUploadIsRefused() throws Exception {
        Accounts.signIn(browser, Accounts.dataDir(context), "admin");
        browser.open("/admin");
        browser.click(By.id("admin-panoramas"));
        browser.click(By.linkText("f1-zone-c"));
        WebElement photo = browser.await(By.id("pano"));
        new WebDriverWait(browser.driver(), Duration.ofSeconds(15)).until(d -> (Boolean) ((JavascriptExecutor) d)
                .executeScript("return arguments[0].complete && arguments[0].naturalWidth > 0", photo));
        // Selenium aims from the centre of the element's visible part: the whole photo must be in view.
        browser.driver().executeScript("arguments[0].scrollIntoView({block: 'center'})", photo);
        // The photo is equirectangular: 30° right of its centre is a twelfth of its width right of the middle.
        new Actions(browser.driver()).moveToElement(photo, photo.getSize().getWidth() / 12, 0).click().perform();
        assertThat(Double.parseDouble(browser.driver().findElement(By.id("hs-yaw")).getAttribute("value")))
                .isCloseTo(30, within(1.0));
        assertThat(Double.parseDouble(browser.driver().findElement(By.id("hs-pitch")).getAttribute("value")))
                .isCloseTo(0, within(1.0));
        new Select(browser.driver().findElement(By.id("hs-kind"))).selectByValue("WINDOW");
        browser.type(By.id("hs-target"), "C03");
        browser.type(By.id("hs-label"), "C03窗口");
        browser.screenshot("admin-panorama-pick");
        browser.click(By.id("add-hotspot"));
        assertThat(browser.text(By.id("done"))).isEqualTo("已添加热点");
        assertThat(browser.text(By.id("hotspots"))).contains("C03窗口");
        assertThat(catalog.viewpoints()).anySatisfy(v -> assertThat(v.id().equals("f1-zone-c") && v.hotspots().stream()
                .anyMatch(h -> h.kind() == Hotspot.Kind.WINDOW && h.target().equals("C03") && Math.abs(h.yaw() - 30) < 1))
                .isTrue());

        Path png = dir.resolve("photo.jpg");
        ImageIO.write(new BufferedImage(1024, 512, BufferedImage.TYPE_INT_RGB), "png", png.toFile());
        browser.driver().findElement(By.id("photo-file")).sendKeys(png.toAbsolutePath().toString());
        browser.click(By.id("upload-photo"));
        assertThat(browser.text(By.id("problem"))).isEqualTo("全景图未上传：不是JPEG图片（按文件内容判断）");
        browser.screenshot("admin-panorama-refused");
        assertThat(Files.size(png)).isPositive();
        browser.click(By.id("logout"));
    }
}
